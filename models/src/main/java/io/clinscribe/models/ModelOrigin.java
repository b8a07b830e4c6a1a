package io.clinscribe.models;

/** How a model reaches a machine; each kind has its own way to install it. */
public enum ModelOrigin {
    /** A jar from Maven Central, resolved by the build. */
    MAVEN_CENTRAL,
    /** Built by this project at build time from a Maven Central artifact. */
    BUILT_BY_PROJECT,
    /** Shipped with clinscribe's own sources. */
    BUNDLED,
    /** A Debian package, installed by the project's install script. */
    DEBIAN_PACKAGE,
    /** Supplied by the user (no registry reachable here serves it). */
    USER_SUPPLIED
}
