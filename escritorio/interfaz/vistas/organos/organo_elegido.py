"""El encabezado del órgano elegido: tipo, dependencia y período, creación y disolución, los mandatos por vencer,
cómo sesiona, el artículo que lo crea y las reglas que citan un texto reformado (con «Marcar revisadas…»)."""

from dataclasses import replace
from html import escape

from PySide6.QtWidgets import QMessageBox, QTreeWidgetItem

from ....dominio.vida_de_los_organos import creacion, disolucion
from ....servicios.estatutos import buscar_cita
from ....servicios.sesiones.reglas import regla_de, reglas_de_sesion
from ....servicios.voto_de_los_morosos import regla_del_voto_moroso
from ...comun import fecha_dma, tr
from ...operaciones import hacer_en_la_ventana
from ...piezas import FUENTE_LECTURA, GRIS, llenar_tabla


class OrganoElegido:
    """Muestra lo que se sabe del órgano elegido en el árbol, arriba de su composición."""

    def _organo_elegido(self, item: QTreeWidgetItem | None) -> None:
        organo = self.organo if item is not None else None
        for widget in (self.boton_designar, self.boton_historia, self.boton_documentos, self.boton_reglas,
                       self.boton_sala, self.boton_periodo, self.boton_creacion, self.boton_disolver):
            widget.setEnabled(organo is not None)
        self._mostrar_disolucion(organo)
        self.boton_reglas.setToolTip(
            self.tr("Quórum, poderes, morosos y anticipación de la convocatoria de {0}").format(organo["nombre"])
            if organo is not None else self.tr("Elija primero un órgano en el árbol."))
        self.panel_composicion.setVisible(organo is not None)
        self.relleno.setVisible(organo is None)
        if organo is None:
            self._ningun_organo()
            return
        self.nombre.setText(organo["nombre"])
        self.detalle.setText(self._detalle(organo))
        self._avisar_vencimientos(organo)
        self.atribuciones.setText(organo.get("atribuciones") or "")
        self.atribuciones.setVisible(bool(organo.get("atribuciones")))
        self._mostrar_reglas_sesion(organo)
        self._avisar_reglas(organo)
        self._mostrar_composicion()

    def _mostrar_disolucion(self, organo: dict | None) -> None:
        """«Disolver…» o, en un órgano ya disuelto, «Anular la disolución…» (una fecha equivocada)."""
        disuelto = organo is not None and organo.get("disuelto_el")
        self.boton_disolver.setText(self.tr("Anular la disolución…") if disuelto else self.tr("Disolver…"))
        self.boton_disolver.setToolTip(
            self.tr("Disuelto el {0}: vuelve a existir y sus mandatos terminados por la disolución se reabren").format(
                fecha_dma(organo["disuelto_el"])) if disuelto else
            self.tr("Su último día y qué lo disolvió: sus mandatos abiertos terminan ese día"))

    def _ningun_organo(self) -> None:
        """Nada elegido (o la asociación todavía no tiene órganos): el panel vacío, con qué hacer si no hay ninguno."""
        self.nombre.setText(self.tr("Sin órganos") if not self._organos else "")
        self.detalle.setText(self.tr("Cree el primero con «Nuevo órgano…».") if not self._organos else "")
        self.atribuciones.hide()
        self.reglas_sesion.hide()
        self.panel_cita.hide()
        self.composicion = None
        llenar_tabla(self.tabla, [])
        self.avisos.mostrar([])
        self.resumen.setText("")
        self._actualizar_botones()

    def _detalle(self, organo: dict) -> str:
        """«Consejo · depende de Asamblea General · se reúne cada 6 meses · mandatos de 24 meses (art. 13)»."""
        partes = [tr(organo["tipo_nombre"])]
        if organo.get("padre"):
            partes.append(self.tr("depende de {0}").format(organo["padre"]))
        if organo.get("frecuencia_meses"):
            meses = organo["frecuencia_meses"]
            partes.append(self.tr("se reúne cada {0} meses").format(meses) if meses != 1 else self.tr("se reúne cada mes"))
        if organo.get("periodo_meses"):
            cita = f" ({organo['articulo_periodo']})" if organo.get("articulo_periodo") else ""
            partes.append(self.tr("mandatos de {0} meses{1}").format(organo["periodo_meses"], cita))
        # Cuándo lo creó el estatuto o una resolución y cuándo se disolvió (dominio.vida_de_los_organos).
        partes += [texto for texto in (creacion(organo), disolucion(organo)) if texto]
        return "  ·  ".join(partes)

    def _avisar_vencimientos(self, organo: dict) -> None:
        """Los mandatos del órgano que vencen en los próximos 60 días (o ya cumplieron su período)."""
        from ....servicios.periodos import vencimientos

        try:
            propios = [v for v in vencimientos(self.contexto, 60) if v["organo_id"] == organo["id"]]
        except Exception:  # noqa: BLE001 - un aviso que no se calcula no impide ver el órgano
            propios = []
        if not propios:
            self.aviso_vencimientos.hide()
            return
        lineas = [escape(v["texto"]) for v in propios[:3]]   # los más próximos; todos, en la ayuda emergente
        if len(propios) > 3:
            lineas.append(escape(self.tr("y {0} más (deje el puntero aquí para verlos).").format(len(propios) - 3)))
        self.aviso_vencimientos.setText("<b>" + escape(self.tr("Mandatos por vencer:")) + "</b><br>"
                                        + "<br>".join(lineas))
        self.aviso_vencimientos.setToolTip("\n".join(v["texto"] for v in propios[:60]))
        self.aviso_vencimientos.show()

    def _mostrar_reglas_sesion(self, organo: dict) -> None:
        """Cómo sesiona el órgano: el quórum (y el de reforma del estatuto), poderes, morosos y convocatoria."""
        try:
            reglas = reglas_de_sesion(self.contexto, organo["id"])
            cargadas = bool(regla_de(self.db, organo["id"])[1])
            # La frase de Morosidad, con lo que dicen estas reglas (la última versión, la que se muestra).
            voto_moroso = replace(regla_del_voto_moroso(self.contexto, organo["id"]),
                                  se_aplica=reglas.suspende_morosos)
        except Exception:  # noqa: BLE001 - las reglas son un dato más: no impiden ver el órgano
            self.reglas_sesion.hide()
            return
        if not cargadas and reglas.anticipacion_dias is None:
            self.reglas_sesion.setText(escape(self.tr(
                "Quórum: sin regla cargada, rige la mitad más uno de los miembros con derecho a voto.")) +
                f" <span style='color: {GRIS};'>" + escape(self.tr("Fíjela con «Reglas de sesión…».")) + "</span>"
                + f"<br><span style='color: {GRIS};'>" + escape(voto_moroso.texto()) + "</span>")
            self.reglas_sesion.show()
            return
        lineas = [escape(reglas.reglas["ordinaria"].describir())]
        reforma = reglas.reglas.get("reforma_estatuto")
        if reforma is not None:
            lineas.append(escape(self.tr("Para reformar el estatuto, quórum: {0}").format(
                reforma.describir_regla() + ".")))
        poderes = reglas.poderes_maximos
        cita = f" ({reglas.articulo_convocatoria})" if reglas.articulo_convocatoria else ""
        datos = [
            self.tr("Poderes: sin máximo") if poderes is None else self.tr("Poderes: no se admiten") if poderes == 0
            else self.tr("Poderes: hasta {0} por miembro").format(poderes),
            self.tr("Convocatoria: sin anticipación mínima{0}").format(cita) if reglas.anticipacion_dias is None
            else self.tr("Convocatoria: {0} de anticipación{1}").format(
                self.tr("1 día") if reglas.anticipacion_dias == 1
                else self.tr("{0} días").format(reglas.anticipacion_dias), cita)]
        lineas.append(f"<span style='color: {GRIS};'>" + escape("  ·  ".join(datos)) + "</span>")
        lineas.append(f"<span style='color: {GRIS};'>" + escape(voto_moroso.texto()) + "</span>")
        self.reglas_sesion.setText("<br>".join(lineas))
        self.reglas_sesion.show()

    def _mostrar_cita(self, organo: dict) -> None:
        """El texto del artículo que crea el órgano, tal como regía en la fecha elegida."""
        cita = organo.get("articulo")
        if not cita:
            self.panel_cita.hide()
            return
        try:
            version = buscar_cita(self.contexto, cita, self.al())
        except Exception:  # noqa: BLE001 - una cita que no se encuentra no impide ver el órgano
            version = None
        self.panel_cita.show()
        if version is None:
            self.cita_titulo.setText(cita)
            self.cita_texto.setText(f"<span style='color: {GRIS};'>" + self.tr(
                "No se encuentra ese artículo en el texto vigente al {0}. Revise la cita o cargue el texto en "
                "Estatutos.").format(fecha_dma(self.al())) + "</span>")
            self.cita_texto.setToolTip("")
            return
        self.cita_titulo.setText(self.tr("{0} — {1}").format(cita, version.titulo) if version.titulo else cita)
        self.cita_texto.setText(f"<div style=\"font-family: {FUENTE_LECTURA}; font-size: 10.5pt; line-height: 135%;\">"
                                f"{escape(version.texto)}</div>")
        self.cita_texto.setToolTip(self.tr("Vigente desde el {0}{1}").format(
            fecha_dma(version.vigente_desde), f" ({version.reforma})" if version.reforma else ""))

    def _avisar_reglas(self, organo: dict) -> None:
        """Las reglas del órgano que citan el texto anterior de un artículo reformado, hasta que se revisan."""
        from ....servicios.revision_de_reglas import reglas_marcadas

        try:
            self.marcadas = reglas_marcadas(self.contexto, organo["id"])
        except Exception:  # noqa: BLE001 - el aviso no impide ver el órgano
            self.marcadas = []
        de_composicion = [m for m in self.marcadas if m.tabla == "reglas_composicion"]
        self.aviso_reglas.setVisible(bool(self.marcadas))
        self.boton_revisar_reglas.setVisible(bool(de_composicion))
        if self.marcadas:
            self.aviso_reglas.setText(
                "<b>⚠ " + escape(self.tr("Reglas que citan un texto reformado:")) + "</b><br>" +
                "<br>".join(f"• {escape(m.que)}: {escape(m.motivo)}. {escape(m.como_revisar)}" for m in self.marcadas))

    def revisar_reglas(self) -> None:
        from ....servicios.revision_de_reglas import revisar_reglas

        organo = self.organo
        de_composicion = [m for m in self.marcadas if m.tabla == "reglas_composicion"]
        if organo is None or not de_composicion:
            return
        lista = "\n".join(f"• {m.que}: {m.motivo}." for m in de_composicion)
        if QMessageBox.question(self, self.tr("Marcar revisadas"), self.tr(
                "¿Leyó el texto nuevo y estas reglas siguen valiendo?\n\n{0}\n\nPasarán a citar el texto vigente "
                "desde la reforma.").format(lista)) != QMessageBox.StandardButton.Yes:
            return
        contexto, ids = self.contexto, [m.fila_id for m in de_composicion]
        hacer_en_la_ventana(self, self.oficina, lambda: revisar_reglas(contexto, ids),
                            que="revisar reglas de composición")
        self._cambio(organo["id"])   # todas revisadas, o ninguna si una falló
