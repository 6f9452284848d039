// Package cvmtest is a fake CVM endpoint for the tests of code that uses
// package cvm.
package cvmtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/tccodelint/tccodelint/example/cvm"
)

// NewServer starts a fake endpoint that answers DeleteSnapshots,
// deleting every snapshot but busy, which it reports as still being
// created. Close the server when done.
func NewServer(busy string) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.FormValue("Action") != "DeleteSnapshots" {
			http.NotFound(w, r)
			return
		}
		detail := make(map[string]cvm.Envelope)
		for i := 0; r.FormValue(fmt.Sprintf("SnapshotIds.%d", i)) != ""; i++ {
			detail[r.FormValue(fmt.Sprintf("SnapshotIds.%d", i))] = cvm.Envelope{CodeDesc: "Success"}
		}
		resp := cvm.DeleteSnapshotsResponse{CodeDesc: "Success", Detail: detail}
		if _, ok := detail[busy]; ok {
			detail[busy] = cvm.Envelope{Code: 28004, Message: "snapshot is being created", CodeDesc: "SnapshotBusy"}
			resp = cvm.DeleteSnapshotsResponse{Code: 5400, Message: "some snapshots were not deleted", CodeDesc: "PartiallyExecuted", Detail: detail}
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(resp)
	}))
}
