package claimdesk.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the ledger lives. A ledger is a folder: the H2 file {@code ledger.mv.db} and, beside it, what belongs to it.
 * The folder comes from, in order: an explicit {@code --db PATH}, the {@code CLAIMDESK_DB} environment variable,
 * {@code $XDG_DATA_HOME/claimdesk}, and {@code ~/.local/share/claimdesk}.
 */
public final class LedgerPaths {

    public static final String ENV_VARIABLE = "CLAIMDESK_DB";

    private LedgerPaths() {
    }

    public static Path resolve(Path explicit, Map<String, String> env, Path home) {
        if (explicit != null) {
            return explicit.toAbsolutePath();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "claimdesk").toAbsolutePath();
        }
        return home.resolve(".local/share/claimdesk").toAbsolutePath();
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
