// Package plugin registers tccodelint as a golangci-lint module plugin,
// under the name tccodelint.
//
// A golangci-lint binary with the plugin linked in (built by
// golangci-lint custom, or by the module in integration/golangci-lint)
// runs it with settings such as
//
//	linters:
//	  enable:
//	    - tccodelint
//	  settings:
//	    custom:
//	      tccodelint:
//	        type: module
//	        settings:
//	          require: ["5400", "InternalServerError"]
//	          default-handles: false
//
// Every setting is a flag of the analyzer, in lowercase kebab-case
// (golangci-lint lowercases keys, so camelCase keys could never match):
// code-fields (a list), unknown (true unless set), known-codes (a list),
// zero, generated, require (a list of codes or tccode names, or
// ["all"]), default-handles, strict-directives and follow-functions. An
// unknown key or a bad value is an error that names the key.
package plugin

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/tccodelint/tccodelint/analyzer"
)

func init() {
	register.Plugin("tccodelint", New)
}

// Settings are the plugin's settings, as golangci-lint's configuration
// gives them. An absent key keeps the analyzer's default.
type Settings struct {
	CodeFields       []string `json:"code-fields"`
	Unknown          *bool    `json:"unknown"`
	KnownCodes       []string `json:"known-codes"`
	Zero             bool     `json:"zero"`
	Generated        bool     `json:"generated"`
	Require          *codes   `json:"require"`
	DefaultHandles   bool     `json:"default-handles"`
	StrictDirectives bool     `json:"strict-directives"`
	FollowFunctions  bool     `json:"follow-functions"`
}

// codes is the list of the require setting: YAML gives its entries as
// numbers (5400) or strings ("PartiallyExecuted").
type codes []string

func (c *codes) UnmarshalJSON(data []byte) error {
	var raw []json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("require: want a list of codes, such as [5400, InternalServerError]")
	}
	*c = (*c)[:0]
	for _, r := range raw {
		var s string
		if err := json.Unmarshal(r, &s); err != nil {
			s = string(r) // a number, or something the parser refuses
		}
		*c = append(*c, s)
	}
	return nil
}

// New returns the plugin for settings, as golangci-lint hands them over.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("tccodelint: %w", err)
	}
	cfg := analyzer.DefaultConfig()
	if cfg.CodeFields, err = analyzer.ParseFieldRefs(strings.Join(s.CodeFields, ",")); err != nil {
		return nil, fmt.Errorf("tccodelint: setting code-fields: %w", err)
	}
	if cfg.KnownCodes, err = analyzer.ParseKnownCodes(strings.Join(s.KnownCodes, ",")); err != nil {
		return nil, fmt.Errorf("tccodelint: setting known-codes: %w", err)
	}
	if s.Require != nil {
		if cfg.Require, err = analyzer.ParseRequire(strings.Join(*s.Require, ",")); err != nil {
			return nil, fmt.Errorf("tccodelint: setting require: %w", err)
		}
	}
	if s.Unknown != nil {
		cfg.Unknown = *s.Unknown
	}
	cfg.Zero = s.Zero
	cfg.Generated = s.Generated
	cfg.DefaultHandles = s.DefaultHandles
	cfg.StrictDirectives = s.StrictDirectives
	cfg.FollowFunctions = s.FollowFunctions
	return &plugin{cfg: cfg}, nil
}

type plugin struct {
	cfg analyzer.Config
}

// BuildAnalyzers returns a fresh analyzer built from the settings.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{analyzer.New(p.cfg)}, nil
}

func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
