package org.huquq.architecture;

import org.huquq.HuquqApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Module boundaries: no cycles, and no module reaches into another's internal packages. */
class ModularityTests {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(HuquqApplication.class).verify();
    }
}
