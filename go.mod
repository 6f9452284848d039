module github.com/tccodelint/tccodelint

go 1.26.0
