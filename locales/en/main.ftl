# Core texts: onboarding, main menu, navigation, help, privacy.
# HTML formatting (<b>, <i>) is allowed; keep messages short.

language-prompt = 🌐 Choose your language
language-changed = Done! I'll write to you in English from now on.

privacy-notice =
    <b>Before we start: your privacy</b>

    We store your Telegram name and id, the language you chose and what you do here (sign-ups, reports, feedback). We use them only to run this service with your association.

    • /mydata sends you everything we store.
    • /delete erases it, at any time.
privacy-accept = ✅ I agree

menu-title = <b>Main menu</b> — what do you need?
menu-language = 🌐 Language
menu-help = ❓ Help
menu-privacy = 🔒 My data

nav-back = ⬅️ Back
nav-home = 🏠 Home

cancelled = OK, cancelled.
hint-use-buttons = Please choose with the buttons below.
hint-no-media = I can't read photos, stickers or voice messages here. Please use the buttons below.
hint-too-long = That message is too long. Please use the buttons below.
hint-flood = You are sending messages very fast, so I skipped some of them. Please wait a few seconds, then go on.
button-expired = This button has expired. Here is where you are now.
unknown-command = I don't know that command. Send /help to see what I can do.
deeplink-unknown = This link isn't valid or has expired. Ask whoever sent it to you for a new one.
error-generic = Sorry, something went wrong on our side. Please try again in a moment.

help-intro = <b>What I can do</b>
help-menu = /menu — back to the main menu
help-language = /language — change language
help-privacy = /mydata — download your data · /delete — erase it
help-cancel = /cancel — stop what you are doing. Every step also has “Back” and “Home” buttons.

privacy-menu =
    <b>Your data</b>

    You can download everything we store about you, or erase it.
privacy-download = 📥 Download my data
privacy-delete = 🗑 Erase my data
mydata-caption = Everything we store about you: { $count ->
        [one] one record
       *[other] { $count } records
    }.
delete-confirm =
    <b>Erase all your data?</b>

    We will erase your profile, your places and sign-ups (your seat goes to the next person waiting), your memberships, roles and followed topics, your announcements not yet sent, and the words you wrote to us (comments, reports, searches). Invite links you made stop working.
    Kept, without your name: your stars and the reasons you ticked, only as anonymous totals; announcements and events you already shared with others; associations you created.
    This can't be undone.
delete-yes = 🗑 Yes, erase everything
delete-no = No, keep it
delete-done = Your data has been erased. If you want to come back, just send /start.

cmd-start = Start or start again
cmd-menu = Main menu
cmd-language = Change language
cmd-help = What this bot can do
cmd-mydata = Download my data
cmd-delete = Erase my data
cmd-cancel = Stop what I'm doing

menu-type-hint = You can also type what you need, for example “doctor” or “rent”.
help-services = 🔎 Find a service: housing, health, work and certificates. Choose a topic, share your location, or just type what you need.
staff-only = This is only for the project's staff.
