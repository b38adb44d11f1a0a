/** The shell of the user interface: layout, home page, language switch, error pages and API error answers. */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = {"shared", "identity"})
package org.huquq.web;
