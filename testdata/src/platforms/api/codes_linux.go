package api

// CodeBusy is named on linux only: a fix that wrote api.CodeBusy would
// not build on darwin or windows.
const CodeBusy = 28004
