"""El servidor de voto de la sala que corre en esta ventana (issue 85): a lo sumo uno por aplicación
(`ServidorDeLaSala.de()`), el mismo `servidor_de_voto.ServidorDeVoto` que arranca «escritorio voto servir».

La pestaña Votaciones lo inicia y lo detiene (dialogos/sesion/voto_servidor.py); la pantalla del proyector muestra su
dirección, su QR y la huella del certificado (`CuadroQR`, `huella_en_lineas`). Se detiene solo al salir del programa,
al volver a la lista de sesiones o abrir otra, y al marcar la sesión celebrada. `cambio` avisa cada vez que arranca
o se detiene.
"""

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget


class ServidorDeLaSala(QObject):
    """El servidor de voto en marcha (o ninguno): su sesión, su dirección y la huella de su certificado."""

    cambio = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.servidor = None   # servidor_de_voto.servidor.ServidorDeVoto, en marcha
        self.sesion_id: int | None = None

    @classmethod
    def de(cls) -> "ServidorDeLaSala":
        """El de la aplicación (se crea la primera vez y se detiene al salir del programa)."""
        app = QCoreApplication.instance()
        sala = getattr(app, "_servidor_de_la_sala", None)
        if sala is None:
            sala = cls(app)
            app._servidor_de_la_sala = sala
            app.aboutToQuit.connect(sala.detener)
        return sala

    def en_marcha(self, sesion_id: int | None = None) -> bool:
        """¿Sirve (la sesión `sesion_id`, si se da)?"""
        return self.servidor is not None and (sesion_id is None or sesion_id == self.sesion_id)

    @property
    def url(self) -> str | None:
        return self.servidor.url if self.servidor is not None else None

    @property
    def huella(self) -> str | None:
        return self.servidor.huella if self.servidor is not None else None

    def iniciar(self, base: str, sesion_id: int, direccion: str, puerto: int) -> None:
        """Arranca el servidor de la sesión (detiene antes el que hubiera); ErrorEscritorio si no puede."""
        from ..servidor_de_voto.servidor import ServidorDeVoto

        self.detener()
        servidor = ServidorDeVoto(base, sesion_id, direccion, puerto)
        servidor.iniciar()
        self.servidor, self.sesion_id = servidor, sesion_id
        self.cambio.emit()

    def detener(self) -> None:
        if self.servidor is None:
            return
        servidor, self.servidor, self.sesion_id = self.servidor, None, None
        servidor.detener()
        self.cambio.emit()

    def detener_si_es(self, sesion_id: int | None) -> None:
        """La sesión terminó (celebrada) o se dejó de ver: su servidor se detiene."""
        if self.en_marcha() and self.sesion_id == sesion_id:
            self.detener()


def huella_en_lineas(huella: str, por_linea: int = 4) -> str:
    """La huella «3F2A 9C01 …» (16 grupos de cuatro cifras) en renglones de `por_linea` grupos: se lee de lejos y se
    compara con la del teléfono grupo por grupo."""
    grupos = huella.split()
    return "\n".join("  ".join(grupos[i:i + por_linea]) for i in range(0, len(grupos), por_linea))


class CuadroQR(QWidget):
    """Un QR cuadrado (negro sobre blanco, con su margen) que ocupa lo que le den: la dirección de la votación."""

    def __init__(self, padre: QWidget | None = None):
        super().__init__(padre)
        self.modulos: list[list[bool]] = []
        self.contenido = ""

    def mostrar(self, contenido: str) -> None:
        from ..documentos.pdf.verificacion import modulos_del_qr

        self.contenido = contenido
        self.modulos = modulos_del_qr(contenido, "M") if contenido else []
        self.update()

    def paintEvent(self, _evento) -> None:
        if not self.modulos:
            return
        lado = min(self.width(), self.height())
        total = len(self.modulos) + 8   # cuatro módulos de margen blanco de cada lado, como pide la norma
        paso = lado / total
        pintor = QPainter(self)
        pintor.fillRect(QRectF(0, 0, lado, lado), QColor("white"))
        pintor.setPen(Qt.PenStyle.NoPen)
        pintor.setBrush(QColor("black"))
        for fila, valores in enumerate(self.modulos):
            for columna, oscuro in enumerate(valores):
                if oscuro:
                    pintor.drawRect(QRectF((columna + 4) * paso, (fila + 4) * paso, paso + 0.5, paso + 0.5))
        pintor.end()
