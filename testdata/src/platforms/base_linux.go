package platforms

// quotaBase is linux's.
const quotaBase = 29000
