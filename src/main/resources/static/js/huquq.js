// Sends the CSRF token with every htmx request; pages work without this script, htmx only makes them faster.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Record pickers (search/picker.html): a suggestion clicked becomes a ticked record of its picker, as a candidate
// ticked after "Find" does without this script. A single picker keeps only the record chosen last.
document.addEventListener("click", function (event) {
  var option = event.target.closest ? event.target.closest(".picker-option") : null;
  if (!option) {
    return;
  }
  var picker = option.closest(".picker");
  var chosen = picker.querySelector(".picker-chosen");
  var field = picker.getAttribute("data-field");
  var multiple = picker.getAttribute("data-multiple") === "true";
  var inputs = chosen.querySelectorAll("input[name='" + field + "']");
  var existing = null;
  for (var i = 0; i < inputs.length; i++) {
    if (inputs[i].value === option.getAttribute("data-id")) {
      existing = inputs[i];
    } else if (!multiple) {
      inputs[i].checked = false;
    }
  }
  if (existing) {
    existing.checked = true;
  } else {
    var item = document.createElement("li");
    var label = document.createElement("label");
    var input = document.createElement("input");
    input.type = multiple ? "checkbox" : "radio";
    input.name = field;
    input.value = option.getAttribute("data-id");
    input.checked = true;
    var name = document.createElement("span");
    name.textContent = option.getAttribute("data-label");
    label.appendChild(input);
    label.appendChild(document.createTextNode(" "));
    label.appendChild(name);
    item.appendChild(label);
    chosen.appendChild(item);
  }
  picker.querySelector(".picker-find input").value = "";
  picker.querySelector(".picker-suggestions-box").innerHTML = "";
});
