package api

// limitBase is linux's.
const limitBase = 27000
