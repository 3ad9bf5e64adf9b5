#!/usr/bin/env bash
# Takes the README's screenshot of a claim's history: runs the built jar on a fresh ledger in a private Xvfb
# display, makes a claim from "more than 75,000", edits its note twice, rates it, cites a source and renames the
# source, then opens Edit › Claim history (Ctrl+Shift+H) and chooses the second note edit to show it in full.
# Needs what docs/screenshot-session.sh says. Coordinates are those of the 1280x800 layout.
source "$(dirname "$0")/screenshot-session.sh"
out=${1:-docs/claim-history.png}
open_claimdesk 25
xdotool mousemove 818 104 click 1; sleep 2     # Figures tab
xdotool mousemove 780 313 click 1; sleep 1     # the row of "more than 75,000"
xdotool mousemove 1222 150 click 1; sleep 3    # Make claim
xdotool mousemove 742 104 click 1; sleep 2     # back to the Ledger tab
# The note saves after a pause in typing, so each burst below is one audited edit.
xdotool mousemove 1030 714 click 1; sleep 0.5
xdotool type --delay 15 "Bijar gave no source for the figure."; sleep 2
xdotool type --delay 15 " UNHCR border monitoring counts 71,400 returns for 22 June to 5 July; IOM reports a similar figure."
sleep 2
xdotool mousemove 858 599 click 1; sleep 1     # Verdict list
xdotool mousemove 850 352 click 1; sleep 2     # Mostly true
xdotool mousemove 811 418 click 1; sleep 2     # Sources tab
xdotool mousemove 1005 463 click 1; sleep 2    # Add…
xdotool mousemove 649 200 click 1; xdotool type --delay 15 "UNHCR border monitoring"
xdotool mousemove 649 244 click 1; xdotool type --delay 15 "https://data.unhcr.org/en/documents/afghanistan"
xdotool mousemove 649 288 click 1; xdotool type --delay 15 "UNHCR"
xdotool mousemove 649 531 click 1; xdotool type --delay 15 "71,400 returns from Iran, 22 June to 5 July"
xdotool mousemove 848 706 click 1; sleep 2     # OK
xdotool mousemove 900 508 click 1; sleep 1     # the source just cited
xdotool mousemove 1072 463 click 1; sleep 2    # Edit…
xdotool mousemove 649 200 click 1; xdotool key ctrl+a
xdotool type --delay 15 "UNHCR Iran-Afghanistan border monitoring, week 27"
xdotool mousemove 848 706 click 1; sleep 2     # OK
xdotool mousemove 738 418 click 1; sleep 1     # back to the Claim tab
xdotool key ctrl+shift+h; sleep 3
# No window manager runs in Xvfb: bring the history window above the main window by hand.
xdotool search --name "History of" windowraise; sleep 1
xdotool mousemove 600 321 click 1; sleep 1     # the second note edit, shown whole below the table
save_screen "$out"
