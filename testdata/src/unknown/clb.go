package unknown

import clb "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/clb/v20180317"

// The package imports clb too: its codes are known in every file.
var _ = clb.INTERNALERROR
