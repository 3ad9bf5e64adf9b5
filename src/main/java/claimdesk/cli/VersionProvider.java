package claimdesk.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written into the jar's manifest by the build ("dev" when run from classes). */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = ClaimdeskCli.class.getPackage().getImplementationVersion();
        return new String[] {"Claimdesk " + (version == null ? "dev" : version)};
    }
}
