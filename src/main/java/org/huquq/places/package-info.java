/** The registry of places of deprivation of liberty: colonies, pre-trial centres, border and migration facilities. */
@org.springframework.modulith.ApplicationModule(displayName = "Places", allowedDependencies = {"shared", "identity", "audit"})
package org.huquq.places;
