#!/usr/bin/env bash
# Builds the app image and proves it runs on this machine without a display: the launcher answers --version with the
# pom's version, imports and lists articles through the trimmed runtime (H2, Flyway, picocli), and, when Xvfb is
# installed, opens the window on a fresh ledger, which imports the bundled sample articles on first start.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
packaging/build.sh app-image >/dev/null
image=target/jpackage/Claimdesk
launcher=$image/bin/Claimdesk
expected="Claimdesk $(unzip -p target/claimdesk.jar META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')"
fail() { echo "check-app-image: $*" >&2; exit 1; }

actual="$("$launcher" --version)"
[ "$actual" = "$expected" ] || fail "--version said '$actual', expected '$expected'"
[ -f "$image/lib/Claimdesk.png" ] || fail "no icon in the image"
seeds=("$image"/lib/app/seeds/*.txt)
[ ${#seeds[@]} -ge 1 ] || fail "no seeds in $image/lib/app/seeds"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$launcher" import "${seeds[@]}" --db "$work/cli" >/dev/null || fail "import failed"
listed=$("$launcher" list --db "$work/cli" | grep -c . || true)
[ "$listed" -ge ${#seeds[@]} ] || fail "list showed $listed lines for ${#seeds[@]} seeds"

if command -v xvfb-run >/dev/null; then
  # From an empty folder, so only the seeds inside the image can be found.
  (cd "$work" && XDG_CONFIG_HOME="$work/config" timeout 25 xvfb-run -a -s "-screen 0 1280x800x24" "$OLDPWD/$launcher" --db "$work/gui" \
      >"$work/gui.log" 2>&1) || true
  seeded=$("$launcher" list --db "$work/gui" | grep -c . || true)
  [ "$seeded" -ge ${#seeds[@]} ] || { cat "$work/gui.log" >&2; fail "the window did not open the bundled seeds"; }
  echo "check-app-image: window opened and imported $seeded sample articles"
fi
echo "check-app-image: $actual runs ($(du -sh "$image" | cut -f1), $((SECONDS - start)) s)"
