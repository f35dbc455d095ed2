### The leaders' network (leaders of the associations in Piedmont, Lyon and
### Barcelona, and the project's staff, ask each other questions) and good
### practice (answers staff pinned for members to read). Leaders are
### experienced volunteers: a plain, collegial tone.

# Main menu button, for leaders and staff.
menu-network = 🌍 Leaders' network
net-title = <b>🌍 Leaders' network</b>
    Questions between associations in Piedmont, Lyon and Barcelona. Every leader can read them.
net-empty = Nothing has been posted yet. Ask the first question!
# One post in the list. $n is its number on the page (a button below);
# $audience is net-all-leaders or a region; $from an association's name or
# "Project staff"; $replies the number of replies.
net-line = <b>{ $n }.</b> { $from } → { $audience } · { $replies ->
        [one] 1 reply
       *[other] { $replies } replies
    }
net-new = ✍️ Ask the network
net-audience = Who should see your question first? Every leader can read it; those you choose are notified.
net-all-leaders = All leaders
# $audience is net-all-leaders or a region.
net-write = Write your question for { $audience }. For example: "How do associations in Lyon help members get an AME card?"
net-posted = Posted. You will be told when someone replies.
# $audience is net-all-leaders or a region.
net-post-head = 🌍 To { $audience }
net-no-replies = No replies yet.
net-reply = ↩️ Reply
net-reply-prompt = Write your reply. Every leader will be able to read it.
net-replied = Your reply was posted.
net-removed = (removed by its author)
net-removed-author = (someone who left)
net-gone = This post no longer exists.
net-leaders-only = The leaders' network is for association leaders and project staff.
net-open = 📂 Open
# $from is an association's name or "Project staff"; $text the start of the post.
net-notice-post = 🌍 New question in the leaders' network from { $from }:
    { $text }
net-notice-reply = 🌍 Someone replied to your question in the leaders' network.
net-pin = 📌 Pin as good practice
net-pin-which = Which message should members be able to read as good practice?
net-pin-post = The question itself
net-pin-topic = Under which topic?
net-pinned = Pinned. Members can now read it under "Answers that helped others".

## Good practice, for members

gp-open = 💡 Answers that helped others
gp-title = <b>💡 Answers that helped others</b>
    Good answers from associations and project staff. Choose a topic.
# $topic is a topic-* label.
gp-list = <b>{ $topic }</b>: answers that helped others
gp-empty = There are no answers for { $topic } yet.
# $lang is a language's name.
gp-original = (Shown in { $lang }: there is no version in your language yet.)
gp-add-version = 🌐 Add a version
gp-unpin = 🗑 Remove
gp-unpinned = Removed.
gp-version-lang = Which language is your version in?
# $lang is a language's name.
gp-version-prompt = Write the version in { $lang }.
gp-version-saved = Saved. People who use that language now see your version.
# $max new posts a day at most.
net-slow-down = You have already posted { $max } questions today. Please wait until tomorrow, or add to an existing thread.
