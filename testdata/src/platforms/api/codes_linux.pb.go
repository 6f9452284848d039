package api

// CodeGenerated is named on linux only: go/build reads the file's name
// up to its first dot, codes_linux.
const CodeGenerated = 28006
