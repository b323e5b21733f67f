package dev.accelbench.models.leopard;

/**
 * The front-end/back-end overlap of one head on one tile, query by query (section 2.3.1):
 * <ul>
 *   <li>the V-PU starts a query's Scores once it has finished the previous query and the front-end
 *       has started this one (Scores stream through the FIFO; its first arrives a few cycles in,
 *       which is not modeled);</li>
 *   <li>it cannot finish before the front-end has produced the query's last Score;</li>
 *   <li>pause rule: when the front-end finishes query i while the V-PU is still on query i-1, it
 *       waits for the V-PU before starting query i+1 ("the front-end unit has to pause until the
 *       back-end finishes");</li>
 *   <li>back-pressure: the front-end cannot write Score number j of a query before the V-PU has
 *       read Score j - depth, so a query with more unpruned Scores than the FIFO holds ends no
 *       earlier than the V-PU's start plus (unpruned - depth) Score times. Within a query the
 *       front-end's output rate is taken as even.</li>
 * </ul>
 * The pipeline drains at the end of each head (the Key and Value buffers hold one head).
 */
final class TilePipeline {

    private TilePipeline() {
    }

    /** Cycles, V-PU busy cycles and front-end stall cycles of one head. */
    record HeadTiming(double cycles, double backBusy, double frontStalls) {
    }

    static HeadTiming run(QueryWork[] queries, int fifoDepth, double cyclesPerScore) {
        double fePrev = 0;
        double bePrev = 0;
        double bePrevPrev = 0;
        double busy = 0;
        double stalls = 0;
        for (int i = 0; i < queries.length; i++) {
            QueryWork q = queries[i];
            double fs = i == 0 ? 0 : Math.max(fePrev, bePrevPrev);
            stalls += fs - fePrev;
            double bs = Math.max(bePrev, fs);
            double fe = fs + q.frontCycles();
            if (q.unpruned() > fifoDepth) {
                double drained = bs + (q.unpruned() - fifoDepth) * cyclesPerScore;
                if (drained > fe) {
                    stalls += drained - fe;
                    fe = drained;
                }
            }
            double be = Math.max(bs + q.backCycles(), fe);
            busy += q.backCycles();
            bePrevPrev = bePrev;
            bePrev = be;
            fePrev = fe;
        }
        return new HeadTiming(Math.max(fePrev, bePrev), busy, stalls);
    }
}
