// Cabinet's page script: markers open their own answer's source, the evidence crop centres on the quote, a way back to the answer.
(() => {
  const centre = (item) => {
    item.querySelectorAll('.cabinet-crop').forEach((crop) => {
      const page = crop.querySelector('.cabinet-page');
      const top = parseFloat(crop.dataset.top || '0');
      crop.scrollTop = Math.max(0, top * page.offsetHeight - crop.clientHeight / 3);
    });
  };
  let opened = null;  // the id of the source a marker opened: the sources panel drawn again (a late update) keeps it open
  const open = (item) => {
    window.cabinetOpenedAt = Date.now();  // the chat's scroll to a new answer must not undo a source just opened
    opened = item.id;
    const turn = item.closest('details.cabinet-turn');
    if (turn) turn.open = true;
    document.querySelectorAll('#sources details.cabinet-source[open]').forEach((other) => { if (other !== item) other.open = false; });
    item.open = true;
    requestAnimationFrame(() => {
      const box = document.getElementById('sources');
      const boxTop = box.getBoundingClientRect().top;
      if (box.scrollHeight > box.clientHeight + 4 && boxTop >= 0 && boxTop < window.innerHeight) {
        box.scrollBy({top: item.getBoundingClientRect().top - boxTop});  // beside the chat: scroll the panel only
      } else {
        item.scrollIntoView({block: 'start'});  // stacked (phone width): bring the source into view
      }
      centre(item);
      const summary = item.querySelector('summary');
      if (summary) summary.focus({preventScroll: true});  // keyboard users continue from the source
    });
    item.classList.add('cabinet-flash'); setTimeout(() => item.classList.remove('cabinet-flash'), 1600);
  };
  let lastMarker = null;
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!target.closest) return;
    const link = target.closest('a[href*="#source-"]');
    if (link) {
      event.preventDefault(); event.stopPropagation();
      const item = document.getElementById(link.getAttribute('href').split('#')[1]);
      if (!item) return;
      lastMarker = link;
      open(item);
      return;
    }
    const summary = target.closest('details.cabinet-source > summary');
    // The reader closing it is final, decided at the click: its toggle event comes a task later, after any redraw in between.
    if (summary && summary.parentElement.open && summary.parentElement.id === opened) opened = null;
    const back = target.closest('a.cabinet-back');
    if (back) {
      event.preventDefault();
      const id = back.closest('details.cabinet-source').id;
      const marker = (lastMarker && lastMarker.isConnected && lastMarker.getAttribute('href') === '#' + id)
        ? lastMarker : document.querySelector(`#chat a[href="#${id}"]`);
      const goal = marker || document.getElementById('chat');
      goal.scrollIntoView({block: 'center'});
      if (marker) marker.focus({preventScroll: true});
      return;
    }
    const zoom = target.closest('.cabinet-zoom, .cabinet-crop');
    if (zoom) {
      const item = zoom.closest('details.cabinet-source');
      const crop = item && item.querySelector('.cabinet-crop');
      if (!crop) return;
      crop.classList.toggle('cabinet-zoomed');
      requestAnimationFrame(() => centre(item));
    }
  }, true);
  document.addEventListener('toggle', (event) => {
    const item = event.target;
    if (!item.matches || !item.matches('details.cabinet-source')) return;
    if (item.open) requestAnimationFrame(() => centre(item));
  }, true);
  new MutationObserver(() => {
    const item = opened && document.getElementById(opened);
    if (!item || item.open) return;
    const turn = item.closest('details.cabinet-turn');
    if (turn) turn.open = true;
    item.open = true;
  }).observe(document.body, {childList: true, subtree: true});
  document.addEventListener('load', (event) => {
    const image = event.target;
    if (image.tagName === 'IMG' && image.closest('.cabinet-crop')) centre(image.closest('details.cabinet-source'));
  }, true);
})();
