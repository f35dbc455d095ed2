### Core texts: language choice, privacy notice, main menu, navigation,
### short replies and errors, help, your data (/mydata, /delete) and the
### descriptions in Telegram's command menu.
###
### For translators (this applies to every file):
### - HTML is allowed: <b>, <i>, <a href="…">. Keep tags balanced and write
###   a literal & < > as &amp; &lt; &gt;.
### - Commands such as /menu, /mydata or /delete stay in English.
### - { $variables } and message ids stay exactly as they are.
### - Readers have varied literacy and many are still learning the language:
###   short sentences, everyday words, never word for word.
### - A button that shares its row with another one has about 15 visible
###   characters (half width); three on a row, about 9; alone, about 30.

## Name

# The bot's name. Never translated or declined.
-brand = Discorsi

## Language choice and privacy notice (the first screens)

language-prompt = 🌐 Choose your language
# Name your own language in the sentence.
language-changed = Done! I'll write to you in English from now on.

privacy-notice =
    <b>Before we start: your privacy</b>

    We store your Telegram name and id, the language you chose and what you do here (sign-ups, reports, feedback). We use them only to run this service with your association.

    • /mydata sends you everything we store.
    • /delete erases it, at any time.
# Button.
privacy-accept = ✅ I agree

## Main menu and navigation

menu-title = <b>Main menu</b> — what do you need?
# Buttons: menu-language and menu-help share a row (half width).
menu-language = 🌐 Language
menu-help = ❓ Help
menu-privacy = 🔒 My data

# Buttons under almost every screen, on one row (half width): keep them short.
# help-cancel quotes both labels without their emoji.
nav-back = ⬅️ Back
nav-home = 🏠 Home

## Short replies, hints and errors

cancelled = OK, cancelled.
hint-use-buttons = Please choose with the buttons below.
hint-no-media = I can't read photos, stickers or voice messages here. Please use the buttons below.
hint-too-long = That message is too long. Please use the buttons below.
hint-flood = You are sending messages very fast, so I skipped some of them. Please wait a few seconds, then go on.
button-expired = This button has expired. Here is where you are now.
unknown-command = I don't know that command. Send /help to see what I can do.
deeplink-unknown = This link isn't valid or has expired. Ask the person who sent it to you for a new one.
error-generic = Sorry, something went wrong on our side. Please try again in a moment.

## Help (/help): a title, then one line per feature (the other help-* lines are in the other files)

help-intro = <b>What I can do</b>
help-menu = /menu — back to the main menu
help-language = /language — change language
help-privacy = /mydata — download your data · /delete — erase it
# Quotes the labels of nav-back and nav-home, without their emoji.
help-cancel = /cancel — stop what you are doing. Every step also has “Back” and “Home” buttons.

## Your data (/mydata, /delete)

privacy-menu =
    <b>Your data</b>

    You can download everything we store about you, or erase it.
privacy-download = 📥 Download my data
privacy-delete = 🗑 Erase my data
# Caption of the file that /mydata sends.
mydata-caption = Everything we store about you: { $count ->
        [one] one record
       *[other] { $count } records
    }.
delete-confirm =
    <b>Erase all your data?</b>

    We will erase your profile, your event sign-ups (your place goes to the next person waiting), your memberships, roles and followed topics, your announcements not yet sent, and the words you wrote to us (comments, reports, searches). Invite links you made stop working.
    Your questions and what you wrote in them are erased too; whoever was answering is told that you left.
    We keep, without your name: your stars and the reasons you ticked, only as anonymous totals; announcements and events you already shared with others; associations you created.
    This can't be undone.
delete-yes = 🗑 Yes, erase everything
delete-no = No, keep it
delete-done = Your data has been erased. If you want to come back, just send /start.

## Telegram's command menu (the list shown after typing "/"): plain text, no HTML, no emoji

cmd-start = Start or start again
cmd-menu = Main menu
cmd-language = Change language
cmd-help = What this bot can do
cmd-mydata = Download my data
cmd-delete = Erase my data
cmd-cancel = Stop what I'm doing

## Other texts of the main menu and help

# Shown under the main menu. The two examples must be words that the search
# finds in your language (see vocab-* in directory.ftl).
menu-type-hint = You can also type what you need, for example “doctor” or “rent”.
# A line of /help.
help-services = 🔎 Find a service: housing, health, work and certificates. Choose a topic, share your location, or just type what you need.
staff-only = This is only for the project's staff.
