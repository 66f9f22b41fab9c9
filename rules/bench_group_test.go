package rules_test

import (
	"testing"

	"github.com/trygbot/trygbot/rules"
)

// groupMessages name a protected group and are not hateful: the messages
// Verdict.Group marks, which a second opinion is asked about.
var groupMessages = []string{
	"the women from work are coming to the party on saturday",
	"muslim families celebrated eid in the park yesterday",
	"kvinderne fra koret kommer også på lørdag",
	"our new neighbours are refugees from syria, lovely people",
	"jøderne i byen holder hanukkah fest i aften",
	"gay couples can marry here since 2012",
}

func BenchmarkEvaluateNamingGroup(b *testing.B) {
	e, err := rules.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.Evaluate(rules.Message{Text: groupMessages[i%len(groupMessages)]})
	}
}
