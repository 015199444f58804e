(function () {
  'use strict';
  /* The map is drawn by the app as SVG; this script only moves it, dims stages and reads the cards' details
     from the JSON beside it. Everything is in this file: nothing is loaded from anywhere. */
  var data = JSON.parse(document.getElementById('journey-data').textContent);
  var texts = data.texts;
  var byId = function (id) { return document.getElementById(id); };
  var viewport = byId('viewport');
  var world = byId('world');
  var drawing = byId('drawing');
  var overlay = byId('overlay');
  var dim = byId('dim');
  var stageFrame = byId('stage-frame');
  var cardFrame = byId('card-frame');
  var select = byId('persona');
  var panel = byId('note');
  var pinned = byId('pinned');
  var pinnedWorld = byId('pinned-world');
  var pinnedCopies = [];
  var MIN_SCALE = 0.05;
  var MAX_SCALE = 6;

  var drawings = [drawing.firstElementChild];
  var state = { view: 0, stage: -1, scale: 1, x: 0, y: 0, card: null };

  function view() { return data.views[state.view]; }

  function format(pattern, values) {
    return pattern.replace(/\{(\d+)\}/g, function (whole, index) {
      var value = values[Number(index)];
      return value === undefined ? whole : String(value);
    });
  }

  function setTexts() {
    byId('title').textContent = data.title;
    byId('help').textContent = texts.help;
    byId('previous').title = texts.previous;
    byId('next').title = texts.next;
    byId('zoom-in').title = texts.zoomIn + ' (+)';
    byId('zoom-out').title = texts.zoomOut + ' (\u2212)';
    byId('fit').textContent = texts.fit;
    byId('fit').title = texts.fit + ' (0)';
    byId('close').title = texts.close;
    select.title = texts.personaChoice;
    select.setAttribute('aria-label', texts.personaChoice);
    data.views.forEach(function (each, index) {
      var option = document.createElement('option');
      option.value = String(index);
      option.textContent = each.label;
      select.appendChild(option);
    });
    select.hidden = data.views.length < 2;
  }

  function viewportSize() {
    return { width: viewport.clientWidth, height: viewport.clientHeight };
  }

  function clamp(value, low, high) { return Math.max(low, Math.min(high, value)); }

  function apply(animated) {
    world.classList.toggle('moving', !!animated);
    world.style.transform = 'translate(' + state.x + 'px,' + state.y + 'px) scale(' + state.scale + ')';
    byId('zoom-label').textContent = format(texts.zoom, [Math.round(state.scale * 100)]);
    pinLabels();
  }

  /* Once the lane labels scroll out on the left, a copy of the drawing, cut to them, stays there, as in
     presentation mode; it moves up and down with the map. */
  function pinLabels() {
    var current = view();
    var left = current.map[0];
    var shown = state.x + left * state.scale < -1 && current.labels > left;
    pinned.hidden = !shown;
    if (!shown) {
      return;
    }
    if (!pinnedCopies[state.view]) {
      pinnedCopies[state.view] = drawings[state.view].cloneNode(true);
    }
    if (pinnedWorld.firstElementChild !== pinnedCopies[state.view]) {
      pinnedWorld.replaceChildren(pinnedCopies[state.view]);
    }
    pinned.style.width = ((current.labels - left) * state.scale) + 'px';
    pinnedWorld.classList.toggle('moving', world.classList.contains('moving'));
    pinnedWorld.style.transform = 'translate(' + (-left * state.scale) + 'px,' + state.y + 'px) scale(' +
        state.scale + ')';
  }

  function pinnedWidth() {
    return pinned.hidden ? 0 : pinned.getBoundingClientRect().width;
  }

  function zoomAt(factor, centerX, centerY, animated) {
    var scale = clamp(state.scale * factor, MIN_SCALE, MAX_SCALE);
    state.x = centerX - (centerX - state.x) * scale / state.scale;
    state.y = centerY - (centerY - state.y) * scale / state.scale;
    state.scale = scale;
    apply(animated);
  }

  function zoomCentered(factor) {
    var size = viewportSize();
    zoomAt(factor, size.width / 2, size.height / 2, true);
  }

  /* The whole width of the map, from its top: how a long map is read. */
  function fitWidth(animated) {
    var size = viewportSize();
    state.scale = clamp(Math.min(1, (size.width - 24) / view().width), MIN_SCALE, MAX_SCALE);
    state.x = Math.max(12, (size.width - view().width * state.scale) / 2);
    state.y = 12;
    apply(animated);
  }

  function fitAll(animated) {
    var size = viewportSize();
    state.scale = clamp(Math.min((size.width - 24) / view().width, (size.height - 24) / view().height),
        MIN_SCALE, MAX_SCALE);
    state.x = (size.width - view().width * state.scale) / 2;
    state.y = (size.height - view().height * state.scale) / 2;
    apply(animated);
  }

  function rectPath(x, y, width, height) {
    return 'M' + x + ' ' + y + 'h' + width + 'v' + height + 'h' + (-width) + 'Z';
  }

  function frame(element, rect, visible) {
    element.style.visibility = visible ? 'visible' : 'hidden';
    if (visible) {
      element.setAttribute('x', rect[0]);
      element.setAttribute('y', rect[1]);
      element.setAttribute('width', rect[2]);
      element.setAttribute('height', rect[3]);
    }
  }

  /* Dims the map but the current stage's column (and the lane labels, which say what each row is). */
  function showStage() {
    var current = view();
    var count = data.stages.length;
    var stage = state.stage >= 0 ? current.stages[state.stage] : null;
    byId('stage-label').textContent = stage
        ? format(texts.stageOf, [state.stage + 1, count, data.stages[state.stage].name])
        : texts.overview;
    byId('previous').disabled = state.stage < 0;
    byId('next').disabled = state.stage >= count - 1;
    if (!stage) {
      dim.setAttribute('d', '');
      frame(stageFrame, null, false);
      return;
    }
    var map = current.map;
    var left = current.labels;
    var top = map[1];
    var bottom = map[1] + map[3];
    var d = '';
    if (stage[0] > left) {
      d += rectPath(left, top, stage[0] - left, bottom - top);
    }
    var right = stage[0] + stage[2];
    if (right < map[0] + map[2]) {
      d += rectPath(right, top, map[0] + map[2] - right, bottom - top);
    }
    dim.setAttribute('d', d);
    frame(stageFrame, stage, true);
  }

  /* Brings the stage's column to the middle, zoomed so it reads well, keeping the height the reader chose. */
  function scrollToStage() {
    var stage = view().stages[state.stage];
    var size = viewportSize();
    var shown = stage[2] * state.scale;
    if (shown < 220 || shown > size.width * 0.8) {
      state.scale = clamp(Math.min(1.25, size.width * 0.45 / stage[2]), MIN_SCALE, MAX_SCALE);
      state.y = 12 - stage[1] * state.scale;
    }
    var labels = (view().labels - view().map[0]) * state.scale;
    var centered = size.width / 2 - (stage[0] + stage[2] / 2) * state.scale;
    var besideLabels = labels + (size.width - labels) / 2 - (stage[0] + stage[2] / 2) * state.scale;
    /* Centred, unless the labels would then cover it: then centred in the room beside them. */
    state.x = centered + view().map[0] * state.scale >= 0 ? centered : besideLabels;
    apply(true);
  }

  function goToStage(index) {
    var count = data.stages.length;
    var next = clamp(index, -1, count - 1);
    state.stage = next;
    showStage();
    if (next < 0) {
      fitWidth(true);
    } else {
      scrollToStage();
    }
  }

  function showView(index) {
    if (!drawings[index]) {
      var template = byId('view-' + index);
      drawings[index] = document.importNode(template.content, true).firstElementChild;
    }
    state.view = index;
    drawing.replaceChildren(drawings[index]);
    var current = view();
    overlay.setAttribute('width', current.width);
    overlay.setAttribute('height', current.height);
    overlay.setAttribute('viewBox', '0 0 ' + current.width + ' ' + current.height);
    select.value = String(index);
    closeCard();
    showStage();
    if (state.stage >= 0) {
      scrollToStage();
    } else {
      fitWidth(false);
    }
  }

  function fact(list, label, value) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) {
      return;
    }
    var term = document.createElement('dt');
    term.textContent = label;
    var description = document.createElement('dd');
    if (Array.isArray(value)) {
      value.forEach(function (tag) {
        var chip = document.createElement('span');
        chip.className = 'tag';
        chip.textContent = tag;
        description.appendChild(chip);
      });
    } else {
      description.textContent = value;
    }
    list.appendChild(term);
    list.appendChild(description);
  }

  function showCard(box) {
    var card = data.cards[box[0]];
    state.card = box[0];
    byId('note-kind').textContent = card.kind;
    byId('note-text').textContent = card.text;
    var facts = byId('note-facts');
    facts.replaceChildren();
    fact(facts, texts.stage, card.stage);
    fact(facts, texts.persona, card.persona);
    fact(facts, texts.lane, card.lane);
    fact(facts, texts.channel, card.channel);
    fact(facts, texts.score, card.score);
    fact(facts, texts.tags, card.tags);
    var body = byId('note-body');
    body.textContent = card.note || texts.noNote;
    body.classList.toggle('empty', !card.note);
    panel.hidden = false;
    frame(cardFrame, [box[1] - 3, box[2] - 3, box[3] + 6, box[4] + 6], true);
  }

  function closeCard() {
    state.card = null;
    panel.hidden = true;
    frame(cardFrame, null, false);
  }

  function cardAt(x, y) {
    var cards = view().cards;
    for (var i = cards.length - 1; i >= 0; i--) {
      var box = cards[i];
      if (x >= box[1] && x < box[1] + box[3] && y >= box[2] && y < box[2] + box[4]) {
        return box;
      }
    }
    return null;
  }

  function stageHeaderAt(x, y) {
    var stages = view().stages;
    for (var i = 0; i < stages.length; i++) {
      var stage = stages[i];
      if (x >= stage[0] && x < stage[0] + stage[2] && y >= stage[1] && y < stage[1] + stage[4]) {
        return i;
      }
    }
    return -1;
  }

  function clicked(clientX, clientY) {
    var bounds = viewport.getBoundingClientRect();
    if (clientX - bounds.left < pinnedWidth()) {
      return;
    }
    var x = (clientX - bounds.left - state.x) / state.scale;
    var y = (clientY - bounds.top - state.y) / state.scale;
    var box = cardAt(x, y);
    if (box) {
      showCard(box);
      return;
    }
    var stage = stageHeaderAt(x, y);
    if (stage >= 0) {
      goToStage(stage === state.stage ? -1 : stage);
      return;
    }
    closeCard();
  }

  function listen() {
    var drag = null;
    viewport.addEventListener('pointerdown', function (event) {
      if (event.button !== 0 || panel.contains(event.target)) {
        return;
      }
      drag = { x: event.clientX, y: event.clientY, startX: state.x, startY: state.y, moved: false };
      viewport.setPointerCapture(event.pointerId);
    });
    viewport.addEventListener('pointermove', function (event) {
      if (!drag) {
        return;
      }
      var dx = event.clientX - drag.x;
      var dy = event.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) > 4) {
        drag.moved = true;
        viewport.classList.add('dragging');
      }
      if (drag.moved) {
        state.x = drag.startX + dx;
        state.y = drag.startY + dy;
        apply(false);
      }
    });
    var release = function (event) {
      if (!drag) {
        return;
      }
      var wasClick = !drag.moved && event.type === 'pointerup';
      drag = null;
      viewport.classList.remove('dragging');
      if (wasClick) {
        clicked(event.clientX, event.clientY);
      }
    };
    viewport.addEventListener('pointerup', release);
    viewport.addEventListener('pointercancel', release);
    viewport.addEventListener('wheel', function (event) {
      if (panel.contains(event.target)) {
        return;
      }
      event.preventDefault();
      var lines = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
      if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        /* Sideways (a trackpad, or Shift with a wheel) moves the map across. */
        state.x -= (event.deltaX || event.deltaY) * lines;
        apply(false);
        return;
      }
      var bounds = viewport.getBoundingClientRect();
      zoomAt(Math.exp(-event.deltaY * lines * 0.0015), event.clientX - bounds.left, event.clientY - bounds.top,
          false);
    }, { passive: false });

    byId('previous').addEventListener('click', function () { goToStage(state.stage - 1); });
    byId('next').addEventListener('click', function () { goToStage(state.stage + 1); });
    byId('zoom-in').addEventListener('click', function () { zoomCentered(1.25); });
    byId('zoom-out').addEventListener('click', function () { zoomCentered(0.8); });
    byId('fit').addEventListener('click', function () { fitAll(true); });
    byId('close').addEventListener('click', closeCard);
    select.addEventListener('change', function () {
      showView(Number(select.value));
      select.blur();
    });
    document.addEventListener('keydown', onKey);
    window.addEventListener('resize', function () {
      if (state.stage >= 0) {
        scrollToStage();
      }
    });
  }

  function onKey(event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.target === select) {
      return;
    }
    var key = event.key;
    if (event.target.tagName === 'BUTTON' && (key === ' ' || key === 'Enter')) {
      return;
    }
    var handled = true;
    if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') {
      goToStage(state.stage + 1);
    } else if (key === 'ArrowLeft' || key === 'PageUp') {
      goToStage(state.stage - 1);
    } else if (key === 'ArrowDown' || key === 'ArrowUp') {
      state.y += key === 'ArrowDown' ? -80 : 80;
      apply(true);
    } else if (key === 'Home') {
      goToStage(-1);
    } else if (key === 'End') {
      goToStage(data.stages.length - 1);
    } else if (key === '+' || key === '=') {
      zoomCentered(1.25);
    } else if (key === '-' || key === '_') {
      zoomCentered(0.8);
    } else if (key === '0') {
      fitAll(true);
    } else if (key === 'Escape') {
      if (state.card) {
        closeCard();
      } else {
        goToStage(-1);
      }
    } else if (/^[1-9]$/.test(key) && Number(key) <= data.stages.length) {
      goToStage(Number(key) - 1);
    } else {
      handled = false;
    }
    if (handled) {
      event.preventDefault();
    }
  }

  /* For a harness, and for anyone curious in the console: the state and the steps, no more. */
  window.journeyMap = {
    state: state,
    goToStage: goToStage,
    showView: showView,
    showCardById: function (id) {
      var box = view().cards.filter(function (each) { return each[0] === id; })[0];
      if (box) { showCard(box); }
    }
  };

  setTexts();
  listen();
  showView(0);
  document.body.dataset.ready = '1';
})();
