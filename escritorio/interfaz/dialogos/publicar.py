"""Archivo > Publicar el sitio…: el sitio de transparencia de la asociación en una carpeta, con el MISMO servicio que
«escritorio publicar» (servicios/publicacion.py). Aquí se elige la carpeta, el idioma (y los otros en que sale
también, como «--idiomas»: cada uno en su subcarpeta) y lo que se incluye además de lo público (las clases de
dominio/publicacion.py); qué es público y qué archivos cambian lo decide el servicio. También la dirección pública
donde quedará el sitio (la de Datos de la asociación, con su misma regla): sin ella no salen los datos abiertos."""

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout)

from ...dominio import formato
from ...dominio.publicacion import CLASES_A_PEDIR
from ...dominio.traduccion import IDIOMAS_DE_DOCUMENTOS
from ...servicios.asociaciones import editar_asociacion
from ...servicios.direccion_publica import direccion_publica
from ...servicios.oficina import Oficina
from ..comun import marcar_invalido, tr
from ..piezas import DialogoBase, abrir_archivo, elegir_archivo, nota, pintar_resultado
from ..piezas.de_la_oficina import DeLaOficina
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana


def _documentos() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home()))


def carpeta_propuesta(sigla: str) -> str:
    """Documentos/Escritorio/sitio-SIGLA: una carpeta propia del sitio, nunca la de los documentos."""
    return str(_documentos() / "Escritorio" / f"sitio-{sigla.lower()}")


def carpeta_escrita(texto: str) -> str:
    """La carpeta que se escribió en el campo: un nombre suelto («sitio») o una ruta relativa va dentro de
    Documentos/Escritorio, donde la propuesta, y no en la carpeta desde la que se abrió el programa (que quien lo
    usa no ve)."""
    texto = texto.strip()
    if not texto or Path(texto).expanduser().is_absolute():
        return str(Path(texto).expanduser()) if texto else ""
    return str(_documentos() / "Escritorio" / texto)


class DialogoPublicar(DeLaOficina, DialogoBase):
    def __init__(self, oficina: Oficina, padre=None):
        super().__init__(padre)
        self.oficina = oficina
        self.hecho = None   # la última Publicacion
        self.setWindowTitle(self.tr("Publicar el sitio de transparencia"))
        explicacion = nota(self.tr(
            "Escribe un sitio web de la asociación en una carpeta: páginas que se leen sin programas especiales, desde "
            "un pendrive, una carpeta compartida o el alojamiento web de la asociación. Siempre publica lo público: "
            "el estatuto, los miembros, los órganos, las sesiones con su acta aprobada, las resoluciones, las unidades "
            "temáticas y la verificación de los documentos. Publicar otra vez en la misma carpeta cambia solo lo que "
            "cambió, y nunca toca un archivo que el sitio no escribió."))
        self.carpeta = QLineEdit(carpeta_propuesta(oficina.asociacion["sigla"]) if oficina.asociacion else "")
        self.boton_carpeta = QPushButton(self.tr("Elegir…"))
        self.boton_carpeta.clicked.connect(self.elegir_carpeta)
        fila = QHBoxLayout()
        fila.addWidget(self.carpeta, 1)
        fila.addWidget(self.boton_carpeta)
        self.idioma = QComboBox()
        for codigo, nombre in IDIOMAS_DE_DOCUMENTOS.items():
            self.idioma.addItem(nombre, codigo)
        propio = (oficina.asociacion or {}).get("idioma_documentos") or "es"
        self.idioma.setCurrentIndex(max(self.idioma.findData(propio), 0))
        self.idioma.setToolTip(self.tr("El idioma de las páginas de la carpeta (el QR de los documentos impresos lleva "
                                       "a ellas)."))
        # «También en…»: el mismo sitio en otro idioma, en su subcarpeta («pt/»), con un enlace en cada página.
        self.tambien: dict[str, QCheckBox] = {}
        otros = QHBoxLayout()
        for codigo, nombre in IDIOMAS_DE_DOCUMENTOS.items():
            casilla = QCheckBox(nombre)
            casilla.setObjectName(f"tambien_{codigo}")
            casilla.setToolTip(self.tr("Publica también el sitio en este idioma, en la subcarpeta «{0}/», con un "
                                       "enlace en cada página a la misma página en el otro idioma.").format(codigo))
            self.tambien[codigo] = casilla
            otros.addWidget(casilla)
        otros.addStretch(1)
        self.idioma.currentIndexChanged.connect(self._otros_idiomas)
        self._otros_idiomas()
        # La dirección donde quedará el sitio: la de Datos de la asociación (se guarda allí al publicar).
        actual = consultar_en_la_ventana(self, lambda: direccion_publica(oficina.contexto),
                                         que="leer la dirección pública") if oficina.asociacion else None
        self._direccion_guardada = "" if actual is FALLO or actual is None else actual
        self.direccion = QLineEdit(self._direccion_guardada)
        self.direccion.setObjectName("direccion_publica")
        self.direccion.setPlaceholderText(self.tr("https://sitio-de-la-asociacion.org (opcional)"))
        self.direccion.textEdited.connect(lambda _: marcar_invalido(self.direccion, None))
        self.nota_direccion = nota(self.tr(
            "Los datos abiertos (OParl) y el QR de los documentos, que lleva a su página de verificación, necesitan "
            "la dirección donde quedará el sitio en la web. Sin ella, el sitio se publica sin datos abiertos."))
        formulario = QFormLayout()
        formulario.addRow(self.tr("Carpeta del sitio"), fila)
        formulario.addRow(self.tr("Idioma del sitio"), self.idioma)
        formulario.addRow(self.tr("También en"), otros)
        con_su_nota = QVBoxLayout()
        con_su_nota.setSpacing(2)
        con_su_nota.addWidget(self.direccion)
        con_su_nota.addWidget(self.nota_direccion)
        formulario.addRow(self.tr("Dirección pública"), con_su_nota)
        grupo = QGroupBox(self.tr("Publicar además (no es público por sí mismo)"))
        casillas = QVBoxLayout(grupo)
        self.incluir: dict[str, QCheckBox] = {}
        for clase in CLASES_A_PEDIR:
            casilla = QCheckBox(tr(CLASES_A_PEDIR[clase]).capitalize())
            casilla.setObjectName(f"incluir_{clase}")
            self.incluir[clase] = casilla
            casillas.addWidget(casilla)
        self.veredicto = QLabel()
        self.veredicto.setObjectName("veredicto")
        self.veredicto.setWordWrap(True)
        self.veredicto.setVisible(False)
        self.boton_publicar = QPushButton(self.tr("Publicar"))
        self.boton_publicar.setDefault(True)
        self.boton_publicar.clicked.connect(self.publicar)
        self.boton_abrir = QPushButton(self.tr("Abrir el sitio"))
        self.boton_abrir.setEnabled(False)
        self.boton_abrir.clicked.connect(self.abrir_sitio)
        cerrar = QPushButton(self.tr("Cerrar"))
        cerrar.clicked.connect(self.accept)
        pie = QHBoxLayout()
        pie.addWidget(self.boton_abrir)
        pie.addStretch(1)
        pie.addWidget(self.boton_publicar)
        pie.addWidget(cerrar)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(explicacion)
        disposicion.addLayout(formulario)
        disposicion.addWidget(grupo)
        disposicion.addWidget(self.veredicto)
        disposicion.addStretch(1)
        disposicion.addLayout(pie)
        self.resize(720, 480)

    def elegir_carpeta(self) -> None:
        elegida = elegir_archivo.carpeta(self, self.tr("Carpeta del sitio"), self.carpeta.text() or str(Path.home()))
        if elegida:
            self.carpeta.setText(elegida)

    def _otros_idiomas(self) -> None:
        """El idioma del sitio no se ofrece como «también en»."""
        for codigo, casilla in self.tambien.items():
            principal = codigo == self.idioma.currentData()
            casilla.setVisible(not principal)
            if principal:
                casilla.setChecked(False)

    def idiomas(self) -> list[str]:
        """Los del sitio: el elegido primero (va en la carpeta), después los marcados en «También en»."""
        principal = self.idioma.currentData()
        return [principal] + [c for c, casilla in self.tambien.items() if casilla.isChecked() and c != principal]

    def incluidas(self) -> frozenset[str]:
        return frozenset(clase for clase, casilla in self.incluir.items() if casilla.isChecked())

    def publicar(self) -> bool:
        from ...servicios.publicacion import publicar

        carpeta = carpeta_escrita(self.carpeta.text())
        if not carpeta:
            pintar_resultado(self.veredicto, False, self.tr("Elija la carpeta del sitio."), a_la_vista=True)
            self.veredicto.setVisible(True)
            return False
        self.carpeta.setText(carpeta)   # se ve dónde queda
        contexto, incluir, idiomas = self.contexto, self.incluidas(), self.idiomas()
        direccion = self.direccion.text().strip()
        cambiar_direccion = direccion != self._direccion_guardada

        def trabajo(informar):   # Cancelar deja de publicar en el paso siguiente (informar lanza Cancelado)
            if cambiar_direccion:   # la misma regla y el mismo guardado que Datos de la asociación
                editar_asociacion(contexto, direccion_publica=direccion)
            return publicar(contexto, carpeta, incluir=incluir, idiomas=idiomas, avance=informar)

        def rechazado(error) -> None:   # una carpeta ajena, un archivo ajeno, una dirección que no sirve
            campos = getattr(error, "campos", None) or {}
            if "direccion_publica" in campos:
                marcar_invalido(self.direccion, campos["direccion_publica"])
            veredicto(False, error.mensaje)

        def veredicto(bien: bool | None, texto: str) -> None:
            pintar_resultado(self.veredicto, bien, texto, a_la_vista=True)
            self.veredicto.setVisible(True)

        publicado = hacer_en_la_ventana(
            self, self.oficina, trabajo, que="publicar el sitio", en_segundo_plano=True,
            titulo=self.tr("Publicar el sitio"),
            al_rechazar=rechazado,
            al_cancelar=lambda: veredicto(None, self.tr("Publicación cancelada: el sitio quedó como estaba.")))
        if publicado is None:
            return False
        hecho = publicado.resultado
        self.hecho = hecho
        if cambiar_direccion:
            self._direccion_guardada = direccion
        resumen = self.tr("Sitio publicado en {0}: {1} páginas, {2} KB.").format(
            hecho.carpeta, formato.numero(hecho.paginas), formato.numero(round(hecho.bytes / 1024)))
        for otro in hecho.idiomas[1:]:
            resumen += "\n" + self.tr("También en {0}, en la subcarpeta {1}/.").format(
                IDIOMAS_DE_DOCUMENTOS.get(otro, otro), otro)
        if hecho.escritos or hecho.borrados:
            resumen += "\n" + self.tr("Archivos escritos: {0}; borrados (ya no son públicos): {1}; sin cambios: {2}.").format(
                formato.numero(len(hecho.escritos)), formato.numero(len(hecho.borrados)), formato.numero(hecho.iguales))
        else:
            resumen += "\n" + self.tr("Ya estaba al día: no se cambió ningún archivo.")
        if not hecho.datos_abiertos:
            resumen += "\n" + self.tr("Sin datos abiertos (OParl): escriba arriba la dirección pública donde quedará "
                                       "el sitio y publique otra vez.")
        for retenida in hecho.retenidas:   # un acta que la base ya no puede dar por auténtica: no se publicó
            resumen += "\n" + retenida
        pintar_resultado(self.veredicto, None if hecho.retenidas else True, resumen, a_la_vista=True)
        self.veredicto.setVisible(True)
        self.boton_abrir.setEnabled(True)
        return True

    def abrir_sitio(self) -> None:
        """El inicio del sitio en el navegador del sistema (si no hay uno, dice dónde quedó y ofrece la carpeta)."""
        if self.hecho is not None:
            abrir_archivo(self, self.tr("Publicar el sitio"), Path(self.hecho.carpeta) / "index.html")
