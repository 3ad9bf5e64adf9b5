package claimdesk.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Brings a ledger's evidence files in line with its passphrase protection: encrypted (with an {@link EvidenceKey})
 * while the ledger file is encrypted, in clear while it is not. Each step is one file replaced atomically, and the
 * target follows from the ledger file, so a switch cut short by a crash is finished on the next unlock. Call with
 * the ledger's files not in use by anyone else (on opening, or with the ledger closed).
 */
final class EvidenceProtection {

    private EvidenceProtection() {
    }

    /**
     * Unlocks the evidence of the ledger in {@code folder}: for an encrypted ledger, opens its key (making one if a
     * switch was cut short before it was made) and encrypts any file still in clear; returns null for a plain ledger.
     */
    static EvidenceKey settle(Path folder, char[] passphrase) {
        if (!LedgerEncryption.isEncrypted(folder)) {
            if (passphrase != null && EvidenceKey.exists(folder)) {
                remove(folder, passphrase);
            }
            return null;
        }
        EvidenceKey key = EvidenceKey.exists(folder) ? EvidenceKey.unlock(folder, passphrase)
                : EvidenceKey.create(folder, passphrase);
        resealAll(folder, key, true);
        return key;
    }

    /** Decrypts every evidence file, then deletes the key; before the ledger file itself is decrypted. */
    static void remove(Path folder, char[] passphrase) {
        if (!EvidenceKey.exists(folder)) {
            return;
        }
        resealAll(folder, EvidenceKey.unlock(folder, passphrase), false);
        EvidenceKey.delete(folder);
    }

    private static void resealAll(Path folder, EvidenceKey key, boolean encrypt) {
        AttachmentFiles files = new AttachmentFiles(folder, () -> key);
        try {
            for (String sha : files.hashes()) {
                files.reseal(sha, key, encrypt);
            }
        } catch (IOException e) {
            throw new LedgerException("Cannot " + (encrypt ? "encrypt" : "decrypt") + " the evidence files in "
                    + folder + ": " + e.getMessage(), e);
        }
    }
}
