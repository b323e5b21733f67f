// Sortable tables: click (or Enter on) a column heading to sort by it, again to reverse.
// Cells sort by their data-sort number when every compared cell has one, else as text.
(function () {
  'use strict';
  function key(row, column) {
    var cell = row.cells[column];
    var sort = cell.getAttribute('data-sort');
    return { number: sort === null ? NaN : parseFloat(sort), text: cell.textContent };
  }
  function sortBy(table, header, column) {
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, column), y = key(b, column);
      var order = !isNaN(x.number) && !isNaN(y.number) ? x.number - y.number
          : x.text.localeCompare(y.text, undefined, { numeric: true });
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
      header.tabIndex = 0;
      header.addEventListener('click', function () { sortBy(table, header, column); });
      header.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); sortBy(table, header, column); }
      });
    });
  });
}());
