#!/usr/bin/env bash
# Takes the 1920x1080 screenshot (docs/main-window-1920.png): the window as a reviewer who enlarged it to the
# whole screen left it, with a claim made from a figure selected, to check that nothing is cut or stretched.
# Needs what docs/screenshot-session.sh says.
export SCREEN=1920x1080
source "$(dirname "$0")/screenshot-session.sh"
out=${1:-docs/main-window-1920.png}
printf 'window.width=1920\nwindow.height=1080\nwindow.maximized=false\n' \
  >> "$XDG_CONFIG_HOME/claimdesk/settings.properties"
open_claimdesk 25
xdotool search --name Claimdesk windowmove 0 0 2>/dev/null || true
sleep 1
save_screen "$out"
