module tctest

go 1.26.0

require github.com/tccodelint/tccodelint v0.0.0

replace github.com/tccodelint/tccodelint => ../..
