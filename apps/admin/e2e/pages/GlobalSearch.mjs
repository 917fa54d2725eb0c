// The global search dialog (Ctrl+K / Cmd+K or the header's button): a combobox and a listbox of hits.
export class GlobalSearch {
  constructor(page) {
    this.page = page;
  }

  dialog(name = /Búsqueda global|Global search/) {
    return this.page.getByRole('dialog', { name });
  }

  input() {
    return this.dialog().getByRole('combobox');
  }

  options() {
    return this.dialog().getByRole('listbox').getByRole('option');
  }

  selected() {
    return this.dialog().getByRole('option', { selected: true });
  }

  async openWithKeyboard() {
    await this.page.keyboard.press('Control+k');
    await this.dialog().waitFor();
  }

  async openWithButton(name = /^(Buscar|Search)/) {
    await this.page.getByRole('banner').getByRole('button', { name }).click();
    await this.dialog().waitFor();
  }

  async type(text) {
    await this.input().fill(text);
  }
}
