package dev.accelbench.models.leopard;

/** Energy by the thesis' five components (Figure 3.13 of section 2.4.3), in pJ. */
public record EnergyBreakdown(double qkPj, double keyBufferPj, double softmaxPj, double xvPj, double valueBufferPj) {

    public double totalPj() {
        return qkPj + keyBufferPj + softmaxPj + xvPj + valueBufferPj;
    }

    /** Front-end share: Q x K^T and Key-buffer reads. */
    public double frontEndPj() {
        return qkPj + keyBufferPj;
    }

    /** Back-end share: softmax, x V and Value-buffer reads. */
    public double backEndPj() {
        return softmaxPj + xvPj + valueBufferPj;
    }

    EnergyBreakdown times(double factor) {
        return new EnergyBreakdown(qkPj * factor, keyBufferPj * factor, softmaxPj * factor, xvPj * factor,
                valueBufferPj * factor);
    }

    EnergyBreakdown plus(EnergyBreakdown o) {
        return new EnergyBreakdown(qkPj + o.qkPj, keyBufferPj + o.keyBufferPj, softmaxPj + o.softmaxPj,
                xvPj + o.xvPj, valueBufferPj + o.valueBufferPj);
    }
}
