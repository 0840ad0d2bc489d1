"use strict";
(function () {
  const detail = document.getElementById("detail");
  let current = [];

  function focusOn(selector, showDetail) {
    current.forEach((el) => el.classList.remove("current"));
    current = Array.from(document.querySelectorAll(selector));
    if (!current.length) return;
    current.forEach((el) => el.classList.add("current"));
    current[0].scrollIntoView({ block: "center" });
    if (showDetail) { detail.textContent = current[0].title; detail.hidden = false; }
  }

  document.addEventListener("click", (event) => {
    const item = event.target.closest("[data-target]");
    if (item) {
      const id = item.dataset.target;
      const finding = id.startsWith("f");
      focusOn(finding ? `mark[data-f~="${id}"]` : `[data-x~="${id}"]`, finding);
      return;
    }
    const mark = event.target.closest("mark");
    if (mark) { detail.textContent = mark.title; detail.hidden = false; return; }
    if (!event.target.closest("#detail")) detail.hidden = true;
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.target.matches("[data-target]")) event.target.click();
    if (event.key === "Escape") detail.hidden = true;
  });

  document.querySelectorAll("section.doc").forEach((section) => {
    const boxes = section.querySelectorAll(".filters input");
    boxes.forEach((box) => box.addEventListener("change", () => {
      const sev = new Set(Array.from(section.querySelectorAll(".filter-sev:checked"), (b) => b.value));
      const rules = new Set(Array.from(section.querySelectorAll(".filter-rule:checked"), (b) => b.value));
      const shown = new Set();
      section.querySelectorAll("li.finding").forEach((li) => {
        const on = sev.has(li.dataset.sev) && rules.has(li.dataset.code);
        li.classList.toggle("hidden", !on);
        if (on) shown.add(li.dataset.target);
      });
      section.querySelectorAll("details.rule").forEach((d) => d.classList.toggle("hidden", !d.querySelector("li.finding:not(.hidden)")));
      section.querySelectorAll("mark[data-f]").forEach((m) => m.classList.toggle("off", !m.dataset.f.split(" ").some((id) => shown.has(id))));
    }));
  });

  document.querySelectorAll("table.sortable").forEach((table) => {
    table.querySelectorAll("th").forEach((th, column) => th.addEventListener("click", (event) => {
      event.stopPropagation();
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("th").forEach((other) => other.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const body = table.tBodies[0];
      const key = (row) => row.cells[column].dataset.sort;
      const rows = Array.from(body.rows);
      const numeric = rows.every((row) => key(row) !== "" && !isNaN(Number(key(row))));
      rows.sort((a, b) => {
        const order = numeric ? Number(key(a)) - Number(key(b)) : key(a).localeCompare(key(b));
        return ascending ? order : -order;
      });
      rows.forEach((row) => body.appendChild(row));
    }));
  });
})();
