// Lspdiag is the editor half of integration/gopls/test.sh: it starts
// "gopls serve" with the settings an editor would send, opens one file
// and prints the diagnostics gopls publishes for it, one a line:
//
//	LINE:COL SEVERITY SOURCE: MESSAGE
//
// It exists because the gopls command line cannot change settings, so
// "gopls check" cannot show that "analyses": {"tccodelint": false} turns
// the analyzer off.
//
// gopls publishes a file's diagnostics in stages, so lspdiag waits for
// the first publication that has a diagnostic from the -until analyzer
// (a sentinel that test.sh plants in the file): analysis of the package
// is then done, and tccodelint's findings, if on, are in the same list.
//
// Usage:
//
//	lspdiag -gopls BIN [-settings JSON] [-until SOURCE] FILE
//
// It runs in the current directory, which should be the module root.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

var (
	goplsFlag    = flag.String("gopls", "gopls", "gopls binary")
	settingsFlag = flag.String("settings", "{}", `gopls settings as JSON, e.g. {"analyses":{"tccodelint":false}}`)
	untilFlag    = flag.String("until", "printf", "print the first publication with a diagnostic from this source")
	timeoutFlag  = flag.Duration("timeout", 3*time.Minute, "give up after this long")
)

// message is a JSON-RPC 2.0 message in either direction.
type message struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   json.RawMessage `json:"error,omitempty"`
}

type diagnostic struct {
	Range struct {
		Start struct{ Line, Character int }
	}
	Severity int
	Source   string
	Message  string
}

// severities names the LSP DiagnosticSeverity values.
var severities = map[int]string{1: "error", 2: "warning", 3: "information", 4: "hint"}

func main() {
	log.SetFlags(0)
	log.SetPrefix("lspdiag: ")
	flag.Parse()
	if flag.NArg() != 1 {
		log.Fatal("usage: lspdiag -gopls BIN [-settings JSON] [-until SOURCE] FILE")
	}
	var settings map[string]any
	if err := json.Unmarshal([]byte(*settingsFlag), &settings); err != nil {
		log.Fatalf("-settings: %v", err)
	}
	root, err := os.Getwd()
	if err != nil {
		log.Fatal(err)
	}
	file, err := filepath.Abs(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	text, err := os.ReadFile(file)
	if err != nil {
		log.Fatal(err)
	}

	cmd := exec.Command(*goplsFlag, "serve")
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		log.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		log.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		log.Fatal(err)
	}
	defer cmd.Process.Kill()

	send := func(m message) {
		m.JSONRPC = "2.0"
		data, err := json.Marshal(m)
		if err != nil {
			log.Fatal(err)
		}
		if _, err := fmt.Fprintf(stdin, "Content-Length: %d\r\n\r\n%s", len(data), data); err != nil {
			log.Fatalf("writing to gopls: %v", err)
		}
	}
	raw := func(v any) json.RawMessage {
		data, err := json.Marshal(v)
		if err != nil {
			log.Fatal(err)
		}
		return data
	}

	fileURI := uri(file)
	send(message{ID: raw(1), Method: "initialize", Params: raw(map[string]any{
		"processId": os.Getpid(),
		"rootUri":   uri(root),
		"workspaceFolders": []any{
			map[string]any{"uri": uri(root), "name": filepath.Base(root)},
		},
		"capabilities": map[string]any{
			"workspace": map[string]any{"configuration": true, "workspaceFolders": true},
		},
	})})

	msgs := make(chan message)
	go read(bufio.NewReader(stdout), msgs)
	timeout := time.After(*timeoutFlag)
	for {
		var m message
		var ok bool
		select {
		case m, ok = <-msgs:
			if !ok {
				log.Fatalf("gopls ended before it published diagnostics from %s for %s", *untilFlag, file)
			}
		case <-timeout:
			log.Fatalf("no diagnostic from %s for %s after %v", *untilFlag, file, *timeoutFlag)
		}
		switch {
		case m.Method == "" && string(m.ID) == "1": // the answer to initialize
			if m.Error != nil {
				log.Fatalf("initialize: %s", m.Error)
			}
			send(message{Method: "initialized", Params: raw(map[string]any{})})
			send(message{Method: "textDocument/didOpen", Params: raw(map[string]any{
				"textDocument": map[string]any{
					"uri": fileURI, "languageId": "go", "version": 1, "text": string(text),
				},
			})})

		case m.Method == "workspace/configuration":
			var p struct{ Items []struct{ Section string } }
			if err := json.Unmarshal(m.Params, &p); err != nil {
				log.Fatal(err)
			}
			results := make([]any, len(p.Items))
			for i, item := range p.Items {
				if item.Section == "gopls" {
					results[i] = settings
				}
			}
			send(message{ID: m.ID, Result: raw(results)})

		case m.Method != "" && m.ID != nil:
			// Any other request (progress, registrations): accept it.
			send(message{ID: m.ID, Result: raw(nil)})

		case m.Method == "textDocument/publishDiagnostics":
			var p struct {
				URI         string
				Diagnostics []diagnostic
			}
			if err := json.Unmarshal(m.Params, &p); err != nil {
				log.Fatal(err)
			}
			if p.URI != fileURI || !hasSource(p.Diagnostics, *untilFlag) {
				continue // another file, or analysis not yet done
			}
			for _, d := range p.Diagnostics {
				fmt.Printf("%d:%d %s %s: %s\n", d.Range.Start.Line+1, d.Range.Start.Character+1, severities[d.Severity], d.Source, d.Message)
			}
			send(message{ID: raw(2), Method: "shutdown"})
			send(message{Method: "exit"})
			stdin.Close()
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
			}
			return
		}
	}
}

// read sends the messages of a Content-Length framed stream to msgs,
// and closes it at the end of the stream.
func read(r *bufio.Reader, msgs chan<- message) {
	defer close(msgs)
	for {
		length := -1
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return // gopls is gone
			}
			line = strings.TrimSpace(line)
			if line == "" {
				break // end of header
			}
			if v, ok := strings.CutPrefix(line, "Content-Length:"); ok {
				if length, err = strconv.Atoi(strings.TrimSpace(v)); err != nil {
					log.Fatalf("bad header from gopls: %q", line)
				}
			}
		}
		if length < 0 {
			log.Fatal("message from gopls without Content-Length")
		}
		data := make([]byte, length)
		if _, err := io.ReadFull(r, data); err != nil {
			return // gopls is gone
		}
		var m message
		if err := json.Unmarshal(data, &m); err != nil {
			log.Fatalf("bad message from gopls: %v", err)
		}
		msgs <- m
	}
}

// hasSource reports whether a diagnostic in ds comes from source.
func hasSource(ds []diagnostic, source string) bool {
	for _, d := range ds {
		if d.Source == source {
			return true
		}
	}
	return false
}

func uri(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}
