package rules

import (
	"embed"
	"fmt"
	"path"
)

//go:embed packs/*.yaml
var packFS embed.FS

// BuiltinPackNames lists the packs embedded in the binary, in load order.
// "base" holds the guards' cue words; "en" and "da" hold the rules.
var BuiltinPackNames = []string{"base", "en", "da"}

// BuiltinPack parses one embedded pack by name.
func BuiltinPack(name string) (*Pack, error) {
	file := path.Join("packs", name+".yaml")
	data, err := packFS.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("rules: no built-in pack %q", name)
	}
	return ParsePack("builtin:"+file, data)
}

// BuiltinPacks parses the named embedded packs, or all of them when names
// is empty.
func BuiltinPacks(names ...string) ([]*Pack, error) {
	if len(names) == 0 {
		names = BuiltinPackNames
	}
	packs := make([]*Pack, 0, len(names))
	for _, n := range names {
		p, err := BuiltinPack(n)
		if err != nil {
			return nil, err
		}
		packs = append(packs, p)
	}
	return packs, nil
}

// Default compiles the built-in packs.
func Default() (*Engine, error) {
	packs, err := BuiltinPacks()
	if err != nil {
		return nil, err
	}
	return Compile(packs...)
}
