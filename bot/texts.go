package bot

import (
	"fmt"

	"github.com/trygbot/trygbot/rules"
)

// lang holds the bot's own words in one language.
type lang struct {
	caseWord, urgent, userReported, reportedByMember, purged            string
	moreRules                                                           string
	community, channel, author, message, why, signals, link, status     string
	open, openReoffered, claimedBy, respondedBy, dismissedBy, deletedBy string
	escalated, closed                                                   string
	actSend, actClaim, actDismiss, actEscalate, actDelete, actNote      string
	actClose                                                            string
	sevNames                                                            [5]string
	sigRepeat, sigPileOn, sigEdited                                     string
	// Feedback to the actor.
	fbForbidden, fbClaimed, fbAlreadyClaimed, fbSent, fbDismissed      string
	fbEscalated, fbDeleted, fbNoted, fbClosed, fbDecided, fbNoTemplate string
	fbNoDelete, fbUnknownCase, fbFailed, fbNotHere, fbStale            string
	// History lines.
	hClaimed, hSent, hDismissed, hEscalated, hDeleted, hReoffered, hClosed, hAutoEscalated string
}

var langs = map[string]*lang{
	"en": {
		caseWord: "Case", urgent: "urgent", userReported: "reported by a member",
		reportedByMember: "A member reported this message to the moderators.",
		moreRules:        "… and %d more rules point the same way (all on the case page)",
		purged:           "(text deleted after the retention period)",
		community:        "Community", channel: "channel", author: "author", message: "Message", why: "Why",
		signals: "Signals", link: "Link", status: "Status",
		open: "Open, nobody has it yet", openReoffered: "Open, offered again: nobody took it in time",
		claimedBy: "%s is on it (since %s)", respondedBy: "%s replied (%s)", dismissedBy: "%s: not hate (%s)",
		deletedBy: "%s deleted the message (%s)", escalated: "Escalated to the coordinators", closed: "Closed",
		actSend: "Send reply", actClaim: "I'll handle it", actDismiss: "Not hate", actEscalate: "Escalate",
		actDelete: "Delete", actNote: "Add note", actClose: "Close case",
		sevNames:  [5]string{"none", "low", "medium", "high", "urgent"},
		sigRepeat: "same author flagged again recently", sigPileOn: "several people flagged in this channel within minutes",
		sigEdited:   "flagged after an edit",
		fbForbidden: "Only this community's moderators can do that.", fbClaimed: "It's yours. Thank you!",
		fbAlreadyClaimed: "%s already has this case.", fbSent: "Reply sent.", fbDismissed: "Marked as not hate. Thanks, that helps tune the rules.",
		fbEscalated: "Escalated to the coordinators.", fbDeleted: "Message deleted.", fbNoted: "Note added.",
		fbClosed: "Case closed.", fbDecided: "This case is already decided (%s).", fbNoTemplate: "There is no reply %s on this case.",
		fbNoDelete: "Deleting is not allowed in this community.", fbUnknownCase: "There is no case %s.",
		fbFailed:  "That could not be saved just now. Please try again in a moment.",
		fbNotHere: "Cases, checks and summaries are shown only in the moderators' or coordinators' chat, or in a private chat with the bot, never where members can read them. Ask there.",
		fbStale:   "Nothing was done: this button was made for an earlier case %[1]d, which the store no longer has. Case %[1]d is now another case; act on it from its own prompt.",
		hClaimed:  "%s took the case", hSent: "%s sent reply %s", hDismissed: "%s: not hate", hEscalated: "%s escalated to the coordinators",
		hDeleted: "%s deleted the message", hReoffered: "nobody took it in time: offered again", hClosed: "%s closed the case",
		hAutoEscalated: "urgent: sent to the coordinators at once",
	},
	"da": {
		caseWord: "Sag", urgent: "haster", userReported: "anmeldt af et medlem",
		reportedByMember: "Et medlem har anmeldt beskeden til moderatorerne.",
		moreRules:        "… og %d regler mere peger samme vej (alle på sagens side)",
		purged:           "(teksten er slettet efter opbevaringsperioden)",
		community:        "Fællesskab", channel: "kanal", author: "afsender", message: "Besked", why: "Hvorfor",
		signals: "Tegn", link: "Link", status: "Status",
		open: "Åben, ingen har taget den endnu", openReoffered: "Åben, tilbudt igen: ingen nåede at tage den",
		claimedBy: "%s tager den (siden %s)", respondedBy: "%s har svaret (%s)", dismissedBy: "%s: ikke had (%s)",
		deletedBy: "%s slettede beskeden (%s)", escalated: "Sendt videre til koordinatorerne", closed: "Lukket",
		actSend: "Send svar", actClaim: "Jeg tager den", actDismiss: "Ikke had", actEscalate: "Send videre",
		actDelete: "Slet", actNote: "Tilføj note", actClose: "Luk sagen",
		sevNames:  [5]string{"ingen", "lav", "middel", "høj", "haster"},
		sigRepeat: "samme afsender er markeret for nylig", sigPileOn: "flere personer markeret i kanalen inden for få minutter",
		sigEdited:   "markeret efter en redigering",
		fbForbidden: "Kun fællesskabets moderatorer kan gøre det.", fbClaimed: "Den er din. Tak!",
		fbAlreadyClaimed: "%s har allerede sagen.", fbSent: "Svaret er sendt.", fbDismissed: "Markeret som ikke had. Tak, det hjælper med at justere reglerne.",
		fbEscalated: "Sendt videre til koordinatorerne.", fbDeleted: "Beskeden er slettet.", fbNoted: "Noten er tilføjet.",
		fbClosed: "Sagen er lukket.", fbDecided: "Sagen er allerede afgjort (%s).", fbNoTemplate: "Sagen har intet svar %s.",
		fbNoDelete: "Sletning er ikke tilladt i dette fællesskab.", fbUnknownCase: "Der er ingen sag %s.",
		fbFailed:  "Det kunne ikke gemmes lige nu. Prøv igen om lidt.",
		fbNotHere: "Sager, tjek og opsummeringer vises kun i moderatorernes eller koordinatorernes chat eller i en privat chat med botten, aldrig hvor medlemmerne kan læse dem. Spørg der.",
		fbStale:   "Intet er gjort: knappen hører til en tidligere sag %[1]d, som lageret ikke længere har. Sag %[1]d er nu en anden sag; brug dens egen besked.",
		hClaimed:  "%s tog sagen", hSent: "%s sendte svar %s", hDismissed: "%s: ikke had", hEscalated: "%s sendte sagen til koordinatorerne",
		hDeleted: "%s slettede beskeden", hReoffered: "ingen nåede at tage den: tilbudt igen", hClosed: "%s lukkede sagen",
		hAutoEscalated: "haster: sendt til koordinatorerne med det samme",
	},
}

func texts(code string) *lang {
	if l, ok := langs[code]; ok {
		return l
	}
	return langs["en"]
}

func (l *lang) severity(s rules.Severity) string {
	if s >= 0 && int(s) < len(l.sevNames) {
		return l.sevNames[s]
	}
	return fmt.Sprint(int(s))
}

func (l *lang) signal(s string) string {
	switch s {
	case SignalRepeat:
		return l.sigRepeat
	case SignalPileOn:
		return l.sigPileOn
	case SignalEdited:
		return l.sigEdited
	}
	return s
}
