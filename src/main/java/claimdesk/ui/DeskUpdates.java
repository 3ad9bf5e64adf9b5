package claimdesk.ui;

import claimdesk.model.Article;
import claimdesk.model.Claim;
import claimdesk.model.LedgerChange;
import claimdesk.model.LedgerChange.Entity;
import claimdesk.store.DeskChanges;
import claimdesk.store.LedgerException;
import claimdesk.store.LedgerStore;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Live updates on a desk: what another window saves shows here. Changes heard within {@link #COALESCE_MILLIS} are
 * folded into one refresh, so a case import of hundreds of claims reloads the screens once, not hundreds of times;
 * the refresh runs on the FX thread and reloads only what the changes touch: the library, the open article's
 * claims, the selected claim's sources. A ledger in a folder has no one else to hear, and this does nothing.
 */
final class DeskUpdates implements AutoCloseable {

    static final long COALESCE_MILLIS = 250;
    private static final Logger LOG = Logger.getLogger(DeskUpdates.class.getName());

    private final Session session;
    private final Consumer<Runnable> uiThread;
    private final Runnable refreshLibrary;
    private final Runnable refreshOpenArticle;
    private final Runnable refreshClaims;
    private final Runnable refreshSources;
    private final Set<LedgerChange> pending = new LinkedHashSet<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "desk-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private boolean scheduled;
    private DeskChanges listening;

    /**
     * {@code uiThread} runs a refresh on the FX thread; the refreshers reload the library list, the open article
     * (its details or text), its claims (keeping the selection), and the selected claim's sources.
     */
    DeskUpdates(Session session, Consumer<Runnable> uiThread, Runnable refreshLibrary, Runnable refreshOpenArticle,
                Runnable refreshClaims, Runnable refreshSources) {
        this.session = session;
        this.uiThread = uiThread;
        this.refreshLibrary = refreshLibrary;
        this.refreshOpenArticle = refreshOpenArticle;
        this.refreshClaims = refreshClaims;
        this.refreshSources = refreshSources;
    }

    /**
     * Starts listening to {@code store}'s desk. If the server refuses the listener, the window still works, without
     * live updates, and the status bar says so.
     */
    DeskUpdates listenTo(LedgerStore store) {
        try {
            listening = store.listen(this::heard).orElse(null);
        } catch (LedgerException e) {
            LOG.log(Level.WARNING, "No live updates", e);
            session.statusMessageProperty().set("Live updates are off (reopen the desk to retry): " + e.getMessage());
        }
        return this;
    }

    /** Called on the listener's thread for each change another window committed. */
    void heard(LedgerChange change) {
        synchronized (pending) {
            pending.add(change);
            if (scheduled || timer.isShutdown()) {
                return;
            }
            scheduled = true;
        }
        timer.schedule(this::flush, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void flush() {
        Set<LedgerChange> batch;
        synchronized (pending) {
            batch = Set.copyOf(pending);
            pending.clear();
            scheduled = false;
        }
        uiThread.accept(() -> refresh(batch));
    }

    /** On the FX thread: reloads what {@code changes} touch, judged by what is open and selected now. */
    void refresh(Set<LedgerChange> changes) {
        boolean everything = changes.contains(LedgerChange.everything());
        // Claims count too: the library shows each article's number of claims.
        if (everything || changes.stream().anyMatch(c -> c.entity() == Entity.ARTICLE || c.entity() == Entity.CLAIM)) {
            refreshLibrary.run();
        }
        Article open = session.openArticleProperty().get();
        if (open != null && (everything || changes.contains(new LedgerChange(Entity.ARTICLE, open.id(), open.id())))) {
            refreshOpenArticle.run();
        }
        if (open != null && changes.stream().anyMatch(c -> c.concernsClaimsOf(open.id()))) {
            refreshClaims.run();
        }
        Claim selected = session.selectedClaimProperty().get();
        if (selected != null && (everything || changes.stream().anyMatch(c -> c.entity() == Entity.SOURCE
                || (c.entity() == Entity.CLAIM && c.id() == selected.id())))) {
            refreshSources.run();
        }
    }

    /** Stops listening; a refresh already queued for the FX thread may still run. */
    @Override
    public void close() {
        if (listening != null) {
            listening.close();
        }
        timer.shutdownNow();
    }
}
