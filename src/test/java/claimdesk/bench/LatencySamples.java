package claimdesk.bench;

import java.util.Arrays;

/**
 * Latencies of one kind of operation, in nanoseconds, kept whole rather than bucketed: HdrHistogram is not on the
 * test classpath, and a five-minute run at a few thousand saves a second fits in memory as plain longs. One thread
 * adds; {@link #merge} combines the threads' samples after they have finished.
 */
final class LatencySamples {

    private long[] nanos = new long[1024];
    private int size;

    void add(long elapsedNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsedNanos;
    }

    int count() {
        return size;
    }

    static LatencySamples merge(Iterable<LatencySamples> parts) {
        LatencySamples all = new LatencySamples();
        for (LatencySamples part : parts) {
            for (int i = 0; i < part.size; i++) {
                all.add(part.nanos[i]);
            }
        }
        Arrays.sort(all.nanos, 0, all.size);
        return all;
    }

    /** The {@code percent} percentile (nearest rank) in milliseconds, of merged (sorted) samples; 0 when empty. */
    double percentileMillis(double percent) {
        if (size == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100 * size);
        return nanos[Math.max(0, Math.min(size, rank) - 1)] / 1e6;
    }

    double maxMillis() {
        return size == 0 ? 0 : nanos[size - 1] / 1e6;
    }
}
