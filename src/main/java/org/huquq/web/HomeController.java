package org.huquq.web;

import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final IdentityManagement identity;

    HomeController(IdentityManagement identity) {
        this.identity = identity;
    }

    @GetMapping("/")
    String home(Model model) {
        HuquqUser user = CurrentUser.require();
        model.addAttribute("institutionName", identity.institutionName(user.institutionId()));
        return "home";
    }
}
