package productcodes

// Only compiled on Linux: no other file's fix may use it.
const codeLinuxOnly = 29005
