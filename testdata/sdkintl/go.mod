module github.com/tencentcloud/tencentcloud-sdk-go-intl-en

go 1.21
