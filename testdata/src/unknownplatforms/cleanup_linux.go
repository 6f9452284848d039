package unknownplatforms

import cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"

var client *cvm.Client

func cleanup() error {
	_, err := client.TerminateInstances(nil)
	return err
}
