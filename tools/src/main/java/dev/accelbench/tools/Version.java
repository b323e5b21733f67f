package dev.accelbench.tools;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by Maven), or "development" when run from classes. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Accelbench.class.getPackage().getImplementationVersion();
        return new String[] {"accelbench " + (version != null ? version : "development") + " on Java "
                + Runtime.version()};
    }
}
