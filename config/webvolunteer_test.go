package config

import (
	"testing"
)

// volunteerComms are dutyComm and a Telegram community whose moderators
// are 5 and 6, so a login can be linked on two platforms.
const volunteerComms = dutyComm + `  - {id: t1, platform: telegram, chat_id: "-100", language: en, moderators_chat: "-200", moderators: ["user:5", "user:6"]}
telegram: {token: "${TELEGRAM_TOKEN}"}
web:
  users:
`

// volunteerUser is a login of volunteerComms with the given volunteer
// list, on line 15; a second user, if any, follows on line 16.
func volunteerUser(name, list string) string {
	return "    - {name: " + name + ", role: moderator, password_hash: \"$$2a$$10$$abc\", volunteer: " + list + "}\n"
}

func TestWebVolunteerValidation(t *testing.T) {
	env := with(baseEnv, map[string]string{"TELEGRAM_TOKEN": "123:abc"})
	checkProblems(t, volunteerComms, env, true, []problemCase{
		{name: "no platform", yaml: volunteerUser("anna", `["5"]`),
			line: 15, path: "web.users[0].volunteer[0]", msg: `invalid entry "5"`, hint: "PLATFORM:ID"},
		{name: "unknown platform", yaml: volunteerUser("anna", `["telgram:5"]`),
			line: 15, path: "web.users[0].volunteer[0]", msg: `unknown platform "telgram"`, hint: `did you mean "telegram"?`},
		{name: "two accounts on one platform", yaml: volunteerUser("anna", `["telegram:5", "telegram:6"]`),
			line: 15, path: "web.users[0].volunteer[1]", msg: "a second telegram account", hint: "one account per platform"},
		{name: "one account, two logins", yaml: volunteerUser("anna", `["discord:1"]`) + volunteerUser("bo", `["discord:1"]`),
			line: 16, path: "web.users[1].volunteer[0]", msg: `discord:1 is linked to login "anna" already`},
		{name: "not a number", yaml: volunteerUser("anna", `["discord:anna"]`),
			line: 15, path: "web.users[0].volunteer[0]", msg: `invalid user id "anna"`, hint: "Copy ID"},
		{name: "not a moderator", yaml: volunteerUser("anna", `["telegram:77"]`),
			line: 15, path: "web.users[0].volunteer[0]", msg: "telegram:77 is not a moderator of any of the login's communities on telegram", hint: "add user:77"},
		{name: "a moderator outside the login's communities", yaml: "    - {name: anna, role: moderator, password_hash: \"$$2a$$10$$abc\", communities: [c1], volunteer: [\"telegram:5\"]}\n",
			line: 15, path: "web.users[0].volunteer[0]", msg: "telegram:5 is not a moderator of any of the login's communities on telegram"},
	})
}

func TestWebVolunteerParsed(t *testing.T) {
	env := with(baseEnv, map[string]string{"TELEGRAM_TOKEN": "123:abc"})
	c := mustLoad(t, volunteerComms+volunteerUser("anna", `["discord:2", "telegram:5"]`), env)
	got := c.Web.Users[0].VolunteerIDs()
	if len(got) != 2 || got["discord"] != "2" || got["telegram"] != "5" {
		t.Errorf("VolunteerIDs = %v, want discord 2 and telegram 5", got)
	}
	if ids := (WebUser{}).VolunteerIDs(); len(ids) != 0 {
		t.Errorf("a login without volunteer links %v", ids)
	}
}
