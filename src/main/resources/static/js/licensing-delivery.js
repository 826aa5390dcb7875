/*
 * 送达 form of the licensing case page: shows only the proof fields of the chosen method
 * (直接, 邮寄, 电子, 留置, 公告; 民事诉讼法 第八十七条至第九十五条 applied by reference) and marks
 * them required; a fieldset may serve several methods (data-delivery="LEFT_AT_ADDRESS PUBLIC").
 * Hidden fieldsets are disabled, so their fields are not submitted.
 * Without JavaScript every fieldset stays visible, each labelled by its method.
 */
(function () {
  'use strict';

  function update(select) {
    var chosen = select.value;
    var form = select.form;
    if (!form) {
      return;
    }
    var hint = form.querySelector('.delivery-hint');
    if (hint) {
      hint.textContent = chosen === '' ? '请先选择送达方式，再填写该方式的送达凭证。' : '请填写所选送达方式的送达凭证。';
    }
    form.querySelectorAll('fieldset[data-delivery]').forEach(function (fieldset) {
      var shown = fieldset.getAttribute('data-delivery').split(' ').indexOf(chosen) >= 0;
      fieldset.hidden = !shown;
      fieldset.disabled = !shown;
      fieldset.querySelectorAll('[data-required]').forEach(function (input) {
        input.required = shown;
      });
    });
  }

  function init() {
    document.querySelectorAll('select[data-delivery-method]').forEach(function (select) {
      update(select);
      select.addEventListener('change', function () {
        update(select);
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  }
  else {
    init();
  }
}());
