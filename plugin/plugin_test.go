package plugin_test

import (
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"

	_ "github.com/tccodelint/tccodelint/plugin"
)

// build makes the plugin from settings, as golangci-lint does.
func build(t *testing.T, settings any) (register.LinterPlugin, error) {
	t.Helper()
	newPlugin, err := register.GetPlugin("tccodelint")
	if err != nil {
		t.Fatal(err)
	}
	return newPlugin(settings)
}

func TestSettings(t *testing.T) {
	p, err := build(t, map[string]any{
		"code-fields":       []any{"example.com/api.Result.RetCode"},
		"unknown":           true,
		"known-codes":       []any{"FailedOperation.Undocumented", "InvalidParameter.Other"},
		"zero":              true,
		"generated":         true,
		"require":           []any{5400, "InternalServerError", "tccode.QuotaExceeded", "product:28004"},
		"default-handles":   true,
		"strict-directives": true,
		"follow-functions":  true,
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("load mode %q, want %q", got, register.LoadModeTypesInfo)
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil || len(analyzers) != 1 {
		t.Fatalf("BuildAnalyzers: %v, %v", analyzers, err)
	}
	a := analyzers[0]
	if a.Name != "tccodelint" {
		t.Errorf("name %q", a.Name)
	}
	for flag, want := range map[string]string{
		"code-fields":       "example.com/api.Result.RetCode",
		"unknown":           "true",
		"known-codes":       "FailedOperation.Undocumented,InvalidParameter.Other",
		"zero":              "true",
		"generated":         "true",
		"require":           "4400,5400,6000,product:28004",
		"default-handles":   "true",
		"strict-directives": "true",
		"follow-functions":  "true",
	} {
		if got := a.Flags.Lookup(flag).Value.String(); got != want {
			t.Errorf("-%s = %q, want %q", flag, got, want)
		}
	}
	if len(a.Requires) != 1 || a.Requires[0].Name != "tccodeflow" {
		t.Errorf("follow-functions: required analyzers %v, want tccodeflow alone", a.Requires)
	}

	again, _ := p.BuildAnalyzers()
	if again[0] == a {
		t.Error("BuildAnalyzers returned the same analyzer twice: settings would be shared")
	}
}

func TestDefaults(t *testing.T) {
	for _, settings := range []any{nil, map[string]any{}} {
		p, err := build(t, settings)
		if err != nil {
			t.Fatalf("%v: %v", settings, err)
		}
		analyzers, _ := p.BuildAnalyzers()
		a := analyzers[0]
		for flag, want := range map[string]string{"require": "5400", "unknown": "true", "zero": "false", "code-fields": "", "follow-functions": "false"} {
			if got := a.Flags.Lookup(flag).Value.String(); got != want {
				t.Errorf("%v: -%s = %q, want %q", settings, flag, got, want)
			}
		}
	}
	p, err := build(t, map[string]any{"require": []any{}, "unknown": false})
	if err != nil {
		t.Fatal(err)
	}
	analyzers, _ := p.BuildAnalyzers()
	if got := analyzers[0].Flags.Lookup("require").Value.String(); got != "" {
		t.Errorf("require: [] gives -require=%q, want it empty (the check off)", got)
	}
	if got := analyzers[0].Flags.Lookup("unknown").Value.String(); got != "false" {
		t.Errorf("unknown: false gives -unknown=%q, want false", got)
	}
}

func TestBadSettings(t *testing.T) {
	for _, tc := range []struct {
		settings map[string]any
		want     string // in the error
	}{
		{map[string]any{"requires": []any{5400}}, `unknown field "requires"`},
		{map[string]any{"defaultHandles": true}, `unknown field "defaultHandles"`},
		{map[string]any{"zero": "yes"}, "zero"},
		{map[string]any{"code-fields": "example.com/api.Result.RetCode"}, "code-fields"},
		{map[string]any{"code-fields": []any{"bogus"}}, `setting code-fields: invalid code field "bogus"`},
		{map[string]any{"known-codes": []any{"Failed Operation"}}, `setting known-codes: invalid known code "Failed Operation"`},
		{map[string]any{"require": []any{"bogus"}}, `setting require: "bogus" is not a common error code`},
		{map[string]any{"require": []any{5401}}, `setting require: 5401 is not one of the sixteen common error codes (did you mean 5400?)`},
		{map[string]any{"require": []any{28004}}, `product:28004 for a product's own code`},
		{map[string]any{"require": "5400"}, "require: want a list of codes"},
		{map[string]any{"require": []any{-1}}, `setting require: "-1" is not a code`},
	} {
		_, err := build(t, tc.settings)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: error %v, want one containing %q", tc.settings, err, tc.want)
		}
	}
}
