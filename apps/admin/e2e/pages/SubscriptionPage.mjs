export class SubscriptionPage {
  constructor(page) {
    this.page = page;
  }

  async changeState(stateLabel, effectiveDate) {
    await this.page.getByRole('combobox', { name: 'Nuevo estado' }).click();
    await this.page.getByRole('option', { name: stateLabel, exact: true }).click();
    await this.page.getByRole('textbox', { name: 'Fecha efectiva' }).first().fill(effectiveDate);
    await this.page.getByRole('button', { name: 'Cambiar estado' }).click();
    // Every state change is confirmed once more, saying what will happen.
    await this.page.getByRole('dialog').getByRole('button', { name: 'Cambiar estado' }).click();
    await this.page.getByRole('dialog').waitFor({ state: 'detached' });
  }

  offeredStates() {
    return this.page.getByRole('option');
  }

  /** Deletes a bonus or additional amount no invoice applied, confirming the dialog. */
  async deleteBonus(label) {
    await this.page.getByRole('button', { name: `Borrar ${label}` }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Borrar' }).click();
  }

  /** Ends a bonus or additional amount an invoice applied, on `lastDay` (YYYY-MM-DD). */
  async endExtra(label, lastDay) {
    await this.page.getByRole('button', { name: `Terminar ${label}` }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Último día/ }).fill(lastDay);
    await dialog.getByRole('button', { name: 'Terminar' }).click();
  }
}
