package layout

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/trygbot/trygbot"

// mayImport lists, for each package (its directory in the repository;
// "" is main), the packages of trygbot it may import: only those below it.
// The internal helpers (internal/yamlerr, internal/textsplit,
// internal/localnet) are open to all. A package missing here fails the
// test: place it in the order.
var mayImport = map[string][]string{
	"":                     {"cli"},
	"cli":                  {"app", "config", "web", "report", "adapters/*", "bot", "storage", "storage/*", "templates", "rules", "eval", "bench", "classifier"},
	"app":                  {"config", "web", "report", "adapters/*", "bot", "storage", "storage/*", "templates", "rules", "classifier"},
	"config":               {},
	"web":                  {"report", "bot", "storage", "templates", "rules"},
	"report":               {"bot", "storage", "templates", "rules"},
	"adapters/*":           {"bot", "storage", "rules"},
	"bot":                  {"storage", "rules"},
	"bot/bottest":          {"bot", "storage", "rules"},
	"storage":              {"rules"},
	"storage/sqlite":       {"storage", "rules"},
	"storage/redis":        {"storage", "rules"},
	"storage/spool":        {"storage", "rules"},
	"storage/storagetest":  {"storage", "rules"},
	"templates":            {"rules"},
	"rules":                {},
	"eval":                 {"rules"},
	"bench":                {"rules"},
	"internal/redistest":   {"storage/redis", "storage"},
	"internal/proctest":    {},
	"internal/layout":      {},
	"internal/yamlerr":     {},
	"internal/textsplit":   {},
	"internal/slurtest":    {"rules"},
	"internal/browsertest": {},
	"adapters":             {},

	// The model's second opinion: a client of an OpenAI-compatible
	// server, below bot like templates; classifiertest is its fake server.
	"classifier":                {"rules"},
	"classifier/classifiertest": {"classifier", "rules"},
	"internal/localnet":         {},
}

// helpers may be imported by every package (slurtest by tests above rules).
var helpers = []string{"internal/yamlerr", "internal/textsplit", "internal/slurtest", "internal/browsertest", "internal/localnet"}

// root finds the repository: the directory with go.mod above this one.
func root(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test")
		}
		dir = parent
	}
}

// sources parses every Go file of the repository but tests, test data
// and hidden directories, and calls f with its package directory.
func sources(t *testing.T, mode parser.Mode, f func(pkg string, fset *token.FileSet, file *ast.File)) {
	t.Helper()
	top := root(t)
	fset := token.NewFileSet()
	err := filepath.WalkDir(top, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != top && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(top, path)
		file, err := parser.ParseFile(fset, filepath.ToSlash(rel), src, mode)
		if err != nil {
			return err
		}
		f(strings.TrimPrefix(filepath.ToSlash(filepath.Dir(rel)), "."), fset, file)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// allowed finds pkg's entry in mayImport, directly or by its parent's
// "dir/*".
func allowed(pkg string) ([]string, bool) {
	if a, ok := mayImport[pkg]; ok {
		return a, true
	}
	a, ok := mayImport[filepath.ToSlash(filepath.Dir(pkg))+"/*"]
	return a, ok
}

func matches(patterns []string, pkg string) bool {
	for _, p := range patterns {
		if p == pkg || (strings.HasSuffix(p, "/*") && filepath.ToSlash(filepath.Dir(pkg))+"/*" == p) {
			return true
		}
	}
	return false
}

// TestImportsFlowOneWay fails when a package imports one that is not
// below it: rules ← templates, storage ← bot ← adapters/*, report ← web
// ← app ← cli ← main. Only app and cli import config and the storage
// drivers, and adapters never import each other.
func TestImportsFlowOneWay(t *testing.T) {
	seen := map[string]bool{}
	sources(t, parser.ImportsOnly, func(pkg string, fset *token.FileSet, file *ast.File) {
		may, ok := allowed(pkg)
		if !ok {
			if !seen[pkg] {
				t.Errorf("package %q is not in mayImport: give it a place in the import order", pkg)
			}
			seen[pkg] = true
			return
		}
		for _, imp := range file.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			dep, ok := strings.CutPrefix(path, module+"/")
			if !ok || matches(may, dep) || slices.Contains(helpers, dep) {
				continue
			}
			t.Errorf("%s imports %s, which is not below it", fset.Position(imp.Pos()), dep)
		}
	})
}

// TestOnlyAppAndCLIImportConfigAndDrivers states the rule on its own, so
// that a change to mayImport cannot quietly drop it.
func TestOnlyAppAndCLIImportConfigAndDrivers(t *testing.T) {
	wired := []string{"config", "storage/sqlite", "storage/redis", "storage/spool"}
	sources(t, parser.ImportsOnly, func(pkg string, fset *token.FileSet, file *ast.File) {
		switch pkg {
		case "app", "cli", "internal/redistest": // redistest opens the test Redis
			return
		}
		for _, imp := range file.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if dep, ok := strings.CutPrefix(path, module+"/"); ok && slices.Contains(wired, dep) {
				t.Errorf("%s imports %s: only app and cli do", fset.Position(imp.Pos()), dep)
			}
		}
	})
}

// Function lengths: a function a reader cannot hold is split into named
// steps. Lines count from func to the closing brace.
const (
	maxLines       = 120
	maxLinesWiring = 80 // app and cli: a long wiring function is a list of steps
)

// lengthExempt lists packages allowed longer functions; none is.
var lengthExempt = []string{}

func TestFunctionLength(t *testing.T) {
	sources(t, parser.SkipObjectResolution, func(pkg string, fset *token.FileSet, file *ast.File) {
		if slices.Contains(lengthExempt, strings.Split(pkg, "/")[0]) {
			return
		}
		limit := maxLines
		if pkg == "app" || pkg == "cli" {
			limit = maxLinesWiring
		}
		for _, d := range file.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			start, end := fset.Position(fn.Pos()), fset.Position(fn.End())
			if n := end.Line - start.Line + 1; n > limit {
				t.Errorf("%s: %s is %d lines, over %d: split it into named steps", start, fn.Name.Name, n, limit)
			}
		}
	})
}
