package templates

import (
	"embed"
	"fmt"
	"path"
)

//go:embed packs/*.yaml
var packFS embed.FS

// BuiltinPackNames lists the packs embedded in the binary, in load order.
var BuiltinPackNames = []string{"da", "en"}

// Builtin parses the embedded default packs, in BuiltinPackNames order.
func Builtin() ([]*Pack, error) {
	packs := make([]*Pack, 0, len(BuiltinPackNames))
	for _, name := range BuiltinPackNames {
		file := path.Join("packs", name+".yaml")
		data, err := packFS.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("templates: no built-in pack %q", name)
		}
		p, err := Parse("builtin:"+file, data)
		if err != nil {
			return nil, err
		}
		packs = append(packs, p)
	}
	return packs, nil
}

// Default merges the built-in packs, then overrides, into a Set.
func Default(overrides ...*Pack) (*Set, error) {
	packs, err := Builtin()
	if err != nil {
		return nil, err
	}
	return NewSet(append(packs, overrides...)...)
}
