/** The open kernel every module may use: confidentiality, the acting user, multilingual text, search analysis. */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.huquq.shared;
