package platforms

// tccode is a package-level name, on windows only.
var tccode = "windows"
