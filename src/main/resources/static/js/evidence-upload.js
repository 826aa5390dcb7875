/*
 * 证据上传: a small tus 1.0 client (creation, core PATCH/HEAD) for field connections. The
 * file goes up in chunks; after each chunk the server has it on disk, so a dropped
 * connection costs at most one chunk: the client asks HEAD for the offset and goes on.
 * The upload address is kept in localStorage under the file's name, size and date, so
 * choosing the same file after a reload (or on the same phone later) resumes it.
 */
(function () {
  'use strict';

  var CHUNK = 8 * 1024 * 1024;
  var TUS = '1.0.0';

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'Tus-Resumable': TUS };
    if (token && header && token.content && header.content) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  function b64(text) {
    var bytes = new TextEncoder().encode(text);
    var binary = '';
    bytes.forEach(function (b) { binary += String.fromCharCode(b); });
    return btoa(binary);
  }

  function metadata(form, file) {
    var pairs = [['filename', file.name]];
    ['caseId', 'activity', 'capturedBy', 'device', 'captureStart', 'captureEnd', 'location', 'description']
      .forEach(function (name) {
        var field = form.elements[name];
        if (field && field.value.trim() !== '') {
          pairs.push([name, field.value.trim()]);
        }
      });
    return pairs.map(function (p) { return p[0] + ' ' + b64(p[1]); }).join(',');
  }

  function fingerprint(file) {
    return 'sanxiang-evidence:' + [file.name, file.size, file.lastModified].join(':');
  }

  function sleep(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  async function problem(response) {
    try {
      var body = await response.json();
      return body.detail || ('上传失败（' + response.status + '）');
    } catch (e) {
      return '上传失败（' + response.status + '）';
    }
  }

  function Failure(message) {
    this.message = message;
  }

  function init() {
    var form = document.getElementById('evidence-upload');
    if (!form) {
      return;
    }
    var endpoint = form.getAttribute('data-endpoint');
    var maxSize = Number(form.getAttribute('data-max-size'));
    var progress = document.getElementById('ev-progress');
    var status = document.getElementById('ev-status');
    var submit = document.getElementById('ev-submit');

    function show(text, percent) {
      status.textContent = text;
      if (percent !== undefined) {
        progress.hidden = false;
        progress.value = percent;
      }
    }

    async function offsetOf(url) {
      var response = await fetch(url, { method: 'HEAD', headers: csrfHeaders(), credentials: 'same-origin', cache: 'no-store' });
      if (response.status === 404 || response.status === 410) {
        return -1;
      }
      if (!response.ok) {
        throw new Failure(await problem(response));
      }
      return Number(response.headers.get('Upload-Offset'));
    }

    async function create(file) {
      var headers = csrfHeaders();
      headers['Upload-Length'] = String(file.size);
      headers['Upload-Metadata'] = metadata(form, file);
      var response = await fetch(endpoint, { method: 'POST', headers: headers, credentials: 'same-origin' });
      if (response.status !== 201) {
        throw new Failure(await problem(response));
      }
      return new URL(response.headers.get('Location'), window.location.href).toString();
    }

    async function upload(file) {
      var key = fingerprint(file);
      var url = localStorage.getItem(key);
      var offset = -1;
      if (url) {
        offset = await offsetOf(url);
        if (offset >= 0) {
          show('继续上次中断的上传：已上传 ' + Math.floor(offset * 100 / Math.max(file.size, 1)) + '%', offset * 100 / Math.max(file.size, 1));
        }
      }
      if (offset < 0) {
        url = await create(file);
        localStorage.setItem(key, url);
        offset = 0;
      }
      var failures = 0;
      while (true) {
        var end = Math.min(offset + CHUNK, file.size);
        var headers = csrfHeaders();
        headers['Upload-Offset'] = String(offset);
        headers['Content-Type'] = 'application/offset+octet-stream';
        var response;
        try {
          response = await fetch(url, { method: 'PATCH', headers: headers, body: file.slice(offset, end), credentials: 'same-origin' });
        } catch (networkError) {
          failures++;
          var wait = Math.min(30, Math.pow(2, failures));
          show('网络连接中断，' + wait + ' 秒后自动续传（已上传的部分不会丢失）…');
          await sleep(wait * 1000);
          try {
            offset = await offsetOf(url);
          } catch (stillDown) {
            continue;
          }
          if (offset < 0) {
            localStorage.removeItem(key);
            throw new Failure('服务器上的上传记录已过期，请重新选择文件上传');
          }
          continue;
        }
        if (response.status === 409) {
          offset = await offsetOf(url);
          continue;
        }
        if (response.status !== 204) {
          localStorage.removeItem(key);
          throw new Failure(await problem(response));
        }
        failures = 0;
        offset = Number(response.headers.get('Upload-Offset'));
        show('正在上传：' + Math.floor(offset * 100 / Math.max(file.size, 1)) + '%（' + (offset / 1048576).toFixed(1) + ' / ' + (file.size / 1048576).toFixed(1) + ' MB）', offset * 100 / Math.max(file.size, 1));
        var id = response.headers.get('Evidence-Id');
        if (id || offset >= file.size) {
          localStorage.removeItem(key);
          return id;
        }
      }
    }

    form.addEventListener('submit', async function (event) {
      event.preventDefault();
      var file = form.elements.file.files[0];
      if (!file) {
        show('请选择要上传的文件');
        return;
      }
      if (file.size > maxSize) {
        show('文件过大，超过上传上限');
        return;
      }
      submit.disabled = true;
      try {
        await upload(file);
        show('上传完成，已保存并计算 SM3、SHA-256 校验值。', 100);
        setTimeout(function () { window.location.reload(); }, 800);
      } catch (e) {
        show(e instanceof Failure ? e.message : '上传失败：' + e);
      } finally {
        submit.disabled = false;
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
