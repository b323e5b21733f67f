package dev.accelbench.kernels.mac;

import dev.accelbench.kernels.numeric.FormatNames;
import dev.accelbench.kernels.numeric.MiniFloat;

/** Test helpers. */
final class MacConfigs {

    private MacConfigs() {
    }

    static MiniFloat format(String name) {
        return (MiniFloat) FormatNames.parse(name);
    }
}
